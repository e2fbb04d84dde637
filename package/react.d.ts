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

type Props<E, A> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof A> & A;

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "glassbox-notice": Props<GlassboxNoticeElement, NoticeAttributes>;
      /** React 19 sets `explanation` as a property when given an object. */
      "glassbox-explanation": Props<GlassboxExplanationElement, Omit<ExplanationAttributes, "explanation"> & { explanation?: Explanation | string }>;
      "glassbox-rights": Props<GlassboxRightsElement, RightsAttributes>;
      "glassbox-ai-content": Props<GlassboxAiContentElement, AiContentAttributes>;
    }
  }
}
