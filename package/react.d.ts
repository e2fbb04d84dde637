/**
 * JSX typings of Glassbox's custom elements for React 19. Opt in with
 * `import type {} from "glassbox-widget/react";` (needs `@types/react` 19).
 */
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type {
  AiContentAttributes,
  Explanation,
  ExplanationAttributes,
  GlassboxAiContentElement,
  GlassboxExplanationElement,
  GlassboxNoticeElement,
  GlassboxRightsElement,
  NoticeAttributes,
  RightsAttributes,
} from "./glassbox";

type Element<E, A> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof A> & A;

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "glassbox-notice": Element<GlassboxNoticeElement, NoticeAttributes>;
      /** React 19 sets `explanation` as a property when given an object. */
      "glassbox-explanation": Element<GlassboxExplanationElement, Omit<ExplanationAttributes, "explanation"> & { explanation?: Explanation | string }>;
      "glassbox-rights": Element<GlassboxRightsElement, RightsAttributes>;
      "glassbox-ai-content": Element<GlassboxAiContentElement, AiContentAttributes>;
    }
  }
}
