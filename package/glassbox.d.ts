/**
 * Glassbox: the AI notice, decision explanations and data-subject requests as one embeddable
 * widget. The `Explanation` and `Request` types (and those they use) are generated from the Rust
 * types that parse them, through the JSON Schemas in `schemas/` (see ./schemas.d.ts).
 */
import type { Explanation, Kind, Request } from "./schemas";
export type * from "./schemas";

/** Which widget an element shows. */
export type WidgetKind = "notice" | "explanation" | "rights" | "ai-content";

/** Page-wide defaults: the script tag's `data-*` attributes, camelCase or kebab-case without `data-`. */
export interface Defaults {
  /** Who operates the system; the notice says so. */
  controller?: string;
  /** Link to how personal data is used (GDPR Art. 13). */
  privacyPolicy?: string;
  /** A language tag, or `auto` (the page's `lang`, then the browser's languages, then English). */
  lang?: string;
  /** `auto` follows `prefers-color-scheme`. */
  theme?: "auto" | "light" | "dark";
  /** Where requests are POSTed (`glassbox.request/v1`). */
  endpoint?: string;
  /** The controller's email address for requests. */
  contact?: string;
  /** The controller's postal address, shown on the request form. */
  postalAddress?: string;
  /** The rights offered, space-separated (`access rectification erasure objection`). */
  rights?: string;
  /** Replacement messages as JSON text: `{ "<lang>": { "<message id>": "<text>" } }`. */
  strings?: string;
}

/** Options for `mount`: attribute values by name, laid over the element's own attributes. */
export interface Options extends Defaults {
  /** The widget (`data-glassbox`). */
  kind?: WidgetKind;
  /** The AI system's name. */
  system?: string;
  /** What the system does, in a sentence. */
  purpose?: string;
  /** How the notice looks. */
  variant?: "banner" | "inline" | "badge";
  /** A URL, a `mailto:` link, or `event` for a button that emits `glassbox:human-requested`. */
  humanContact?: string;
  /** Link to the model's documentation. */
  moreInfo?: string;
  /** `required`: the person confirms before the input is enabled. */
  ack?: "none" | "required";
  /** CSS selector of the host's chat input(s), gated by `ack: "required"`. */
  input?: string;
  /** CSS selector of AI messages to label inside the notice's container. */
  mark?: string;
  /** Adds the sentence deployers of high-risk systems owe (AI Act Art. 26(11)). */
  highRisk?: boolean | "true" | "false";
  /** The AI label's wording. */
  aiLabel?: "ai" | "generated" | "modified";
  /** The explanation as JSON text. */
  explanation?: string;
  /** A URL to fetch the explanation from. */
  explanationSrc?: string;
  /** Milliseconds to wait for `explanationSrc` (100–120000). */
  timeout?: number;
}

/** What `openRequest` may fill in. */
export interface Prefill {
  email?: string;
  name?: string;
  decision_ref?: string;
  point_of_view?: string;
  /** Sent as the request's `context.explanation`. */
  explanation?: Explanation;
}

/** Replacement messages: `{ "<lang>": { "<message id>": "<text with { $variables }>" } }`. */
export type Strings = Record<string, Record<string, string>>;

/** Version of this package. */
export const version: string;
/** Loads Glassbox once (with page-wide defaults); true once started, false if it could not start. */
export function ready(defaults?: Defaults): Promise<boolean>;
/** Registers the custom elements (glassbox.js does as it loads); true once they are defined. */
export function defineElements(defaults?: Defaults): Promise<boolean>;
/** Mounts a widget on an element, or updates a mounted one in place with new options (its state stays); true on success. */
export function mount(el: Element, options?: Options): Promise<boolean>;
/** Removes the widget from an element; true if one was there. */
export function unmount(el: Element): Promise<boolean>;
/** Shows an explanation on an element, or updates it in place; true on success. */
export function explain(el: Element, explanation: Explanation): Promise<boolean>;
/** Opens the data-subject request form as a dialog; true once open. */
export function openRequest(kind?: Kind, prefill?: Prefill): Promise<boolean>;
/** Replaces messages page-wide, also in widgets already shown; true once applied. */
export function strings(replacements: Strings): Promise<boolean>;

/** `glassbox:notice-shown`. */
export interface NoticeShownDetail {
  lang: string;
  variant: "banner" | "inline" | "badge";
  /** Fingerprint of the exact wording shown (FNV-1a 64, hex). */
  notice_hash: string;
}
/** `glassbox:human-requested`, from the notice or from an explanation. */
export type HumanRequestedDetail =
  | { source: "notice" }
  | {
      source: "explanation";
      decision_ref: string | null;
      /** The prepared part of the `glassbox.request/v1`. */
      request: Partial<Request>;
    };
/** `glassbox:request-submitted`, `glassbox:request-queued`, `glassbox:request-failed`. */
export interface RequestDetail {
  /** The receiver's reference, once it acknowledged the request. */
  reference: string | null;
  kinds: Kind[];
}
/** Every `glassbox:*` event and its `detail`. They bubble and never carry personal data. */
export interface GlassboxEventMap {
  "glassbox:ready": CustomEvent<Record<string, never>>;
  "glassbox:notice-shown": CustomEvent<NoticeShownDetail>;
  "glassbox:notice-acknowledged": CustomEvent<Record<string, never>>;
  "glassbox:human-requested": CustomEvent<HumanRequestedDetail>;
  "glassbox:request-submitted": CustomEvent<RequestDetail>;
  "glassbox:request-queued": CustomEvent<RequestDetail>;
  "glassbox:request-failed": CustomEvent<RequestDetail>;
}

/** The attributes of each custom element (those of its data-glassbox twin, without `data-`). */
export interface NoticeAttributes {
  controller?: string;
  "privacy-policy"?: string;
  lang?: string;
  theme?: "auto" | "light" | "dark";
  strings?: string;
  endpoint?: string;
  contact?: string;
  "postal-address"?: string;
  rights?: string;
  system?: string;
  purpose?: string;
  variant?: "banner" | "inline" | "badge";
  "human-contact"?: string;
  "more-info"?: string;
  ack?: "none" | "required";
  input?: string;
  mark?: string;
  "high-risk"?: "true" | "false" | boolean;
  "ai-label"?: "ai" | "generated" | "modified";
}
export type RightsAttributes = Pick<NoticeAttributes, "controller" | "privacy-policy" | "lang" | "theme" | "strings" | "endpoint" | "contact" | "postal-address" | "rights">;
export interface ExplanationAttributes extends RightsAttributes {
  /** The explanation as JSON text (or set the `explanation` property to an object). */
  explanation?: string;
  "explanation-src"?: string;
  timeout?: string | number;
}
export type AiContentAttributes = Pick<NoticeAttributes, "controller" | "privacy-policy" | "lang" | "theme" | "strings" | "ai-label">;

/** `<glassbox-notice>`. */
export interface GlassboxNoticeElement extends HTMLElement {}
/** `<glassbox-explanation>`: set `explanation` to show (or update) a decision's explanation. */
export interface GlassboxExplanationElement extends HTMLElement {
  explanation: Explanation | undefined;
}
/** `<glassbox-rights>`. */
export interface GlassboxRightsElement extends HTMLElement {}
/** `<glassbox-ai-content>`. */
export interface GlassboxAiContentElement extends HTMLElement {}

declare global {
  interface HTMLElementEventMap extends GlassboxEventMap {}
  interface DocumentEventMap extends GlassboxEventMap {}
  interface HTMLElementTagNameMap {
    "glassbox-notice": GlassboxNoticeElement;
    "glassbox-explanation": GlassboxExplanationElement;
    "glassbox-rights": GlassboxRightsElement;
    "glassbox-ai-content": GlassboxAiContentElement;
  }
}
