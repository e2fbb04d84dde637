//! The factors of a decision as a chart a person can read without hovering: one row per
//! factor with its label, the person's value (yes/no in words), an SVG bar whose direction and
//! sign (not only its colour) say which way it weighed, and the weight as text: in words
//! (strong, moderate, slight — [`Strength`]) and as the number. A real table carries the same
//! data for screen readers; the drawn rows are hidden from them to avoid saying it twice.

use crate::intl;
use glassbox_core::explanation::{signed, Factor, Strength};
use glassbox_core::i18n::Overrides;
use glassbox_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FactorChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct FactorChartProps {
    /// The factors to show, already ranked and cut.
    pub factors: Vec<Factor>,
    /// The largest absolute impact of all factors (bars are scaled to it).
    pub max_impact: f64,
    /// Table caption.
    pub caption: String,
    /// Column headers: factor, your value, weight.
    pub headers: [String; 3],
    /// "in your favour" / "against you".
    pub directions: [String; 2],
    /// The sum of every factor's absolute impact (also of those not shown), the base of the
    /// weight in words; 0 means the sum of `factors`.
    #[prop_or_default]
    pub total_weight: f64,
    /// The language numbers and words are written in.
    #[prop_or(Lang::En)]
    pub lang: Lang,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
}

/// One drawn row: the factor, its value as text, its direction, its share of the longest bar
/// and its weight in words.
#[derive(Clone)]
struct Row {
    factor: Factor,
    value: String,
    direction: String,
    share: f64,
    strength: String,
}

/// See the module documentation.
#[component]
pub fn FactorChart(props: &FactorChartProps) -> Html {
    let max = if props.max_impact > 0.0 {
        props.max_impact
    } else {
        1.0
    };
    let total = if props.total_weight > 0.0 {
        props.total_weight
    } else {
        props.factors.iter().map(|f| f.impact.abs()).sum()
    };
    let rows: Vec<Row> = props
        .factors
        .iter()
        .map(|f| {
            let direction = if f.impact < 0.0 {
                props.directions[1].clone()
            } else {
                props.directions[0].clone()
            };
            let value = f
                .value
                .as_ref()
                .map(|v| v.text(props.lang, &props.overrides))
                .unwrap_or_default();
            let strength = Strength::of(f.impact, total).word(props.lang, &props.overrides);
            Row {
                factor: f.clone(),
                value,
                direction,
                share: (f.impact.abs() / max).min(1.0),
                strength,
            }
        })
        .collect();
    html! {
        <div class="gb-chart">
            <div class="gb-chart-rows" aria-hidden="true">
                for Row { factor, value, direction, share, strength } in rows.clone() {
                    <div class={classes!("gb-chart-row", if factor.impact < 0.0 { "gb-against" } else { "gb-for" })}>
                        <span class="gb-chart-label">
                            { factor.label.clone() }
                            if !value.is_empty() {
                                <span class="gb-chart-value">{ value }</span>
                            }
                        </span>
                        <svg class="gb-chart-bar" viewBox="0 0 200 16" preserveAspectRatio="none" focusable="false">
                            <line x1="100" y1="0" x2="100" y2="16" class="gb-axis" />
                            if factor.impact < 0.0 {
                                <rect x={format!("{}", 100 - (share * 98.0) as u32)} y="3" width={format!("{}", (share * 98.0) as u32)} height="10" class="gb-bar" />
                            } else {
                                <rect x="100" y="3" width={format!("{}", (share * 98.0) as u32)} height="10" class="gb-bar" />
                            }
                        </svg>
                        <span class="gb-chart-weight">
                            <span class="gb-strength">{ strength }</span>
                            { format!(" {} {}", weight(props.lang, factor.impact), direction) }
                        </span>
                    </div>
                }
            </div>
            // Visually hidden through a block wrapper: a <table> grows to fit its cells whatever
            // its width, so hiding the table itself left it overflowing the page at 320 px.
            <div class="gb-visually-hidden">
                <table>
                    <caption>{ props.caption.clone() }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ props.headers[0].clone() }</th>
                            <th scope="col">{ props.headers[1].clone() }</th>
                            <th scope="col">{ props.headers[2].clone() }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for Row { factor, value, direction, strength, .. } in rows {
                            <tr>
                                <th scope="row">{ factor.label.clone() }</th>
                                <td>{ value }</td>
                                <td>{ format!("{strength}, {} ({direction})", weight(props.lang, factor.impact)) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </div>
    }
}

/// A weight with its sign, in the person's number format.
fn weight(lang: Lang, impact: f64) -> String {
    intl::signed(lang, impact, || signed(impact))
}
