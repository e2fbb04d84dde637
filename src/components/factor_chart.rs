//! The factors of a decision as a chart a person can read without hovering: one row per
//! factor with its label, the person's value, an SVG bar whose direction and sign (not only its
//! colour) say which way it weighed, and the weight as text. A real table carries the same
//! data for screen readers; the drawn rows are hidden from them to avoid saying it twice.

use crate::intl;
use glassbox_core::explanation::{signed, Factor};
use glassbox_core::Lang;
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
    /// The language numbers are written in.
    #[prop_or(Lang::En)]
    pub lang: Lang,
}

/// See the module documentation.
#[component]
pub fn FactorChart(props: &FactorChartProps) -> Html {
    let max = if props.max_impact > 0.0 {
        props.max_impact
    } else {
        1.0
    };
    let rows: Vec<(Factor, String, String, f64)> = props
        .factors
        .iter()
        .map(|f| {
            let direction = if f.impact < 0.0 {
                props.directions[1].clone()
            } else {
                props.directions[0].clone()
            };
            let value = f.value.as_ref().map(|v| v.to_string()).unwrap_or_default();
            (f.clone(), value, direction, (f.impact.abs() / max).min(1.0))
        })
        .collect();
    html! {
        <div class="gb-chart">
            <div class="gb-chart-rows" aria-hidden="true">
                for (factor, value, direction, share) in rows.clone() {
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
                        <span class="gb-chart-weight">{ format!("{} {}", weight(props.lang, factor.impact), direction) }</span>
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
                        for (factor, value, direction, _) in rows {
                            <tr>
                                <th scope="row">{ factor.label.clone() }</th>
                                <td>{ value }</td>
                                <td>{ format!("{} ({})", weight(props.lang, factor.impact), direction) }</td>
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
