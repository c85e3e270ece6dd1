import Markdown from "react-markdown";

/**
 * What a person wrote in the journal, shown as they wrote it: Markdown (headings, paragraphs,
 * lists, emphasis) becomes elements; raw HTML stays visible text and unsafe link schemes are
 * dropped (react-markdown's defaults, ADR 018); images
 * are not fetched (a private page loads nothing from elsewhere), and a typed `#` heading sits under the page's title. Single line breaks are kept by the stylesheet.
 */
export function ReflectionText({ text }: { text: string }) {
  return (
    <div className="entry__body">
      <Markdown disallowedElements={["img"]} unwrapDisallowed components={{ h1: "h2" }}>
        {text}
      </Markdown>
    </div>
  );
}
