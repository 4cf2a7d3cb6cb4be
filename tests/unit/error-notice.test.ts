// What a reader sees when a page fails: the notice in the page's language, a retry and a way home, the digest
// (the server log's key) and never the error's own message.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorNotice } from "@/components/error-notice";
import texts from "@/messages/errors.json";

const render = (locale: string | undefined, digest?: string) =>
  renderToStaticMarkup(createElement(ErrorNotice, { locale, digest, retry: () => {} }));

describe("the error notice", () => {
  it("speaks the page's language, Indonesian where the route has none", () => {
    expect(render("en")).toContain("Something went wrong");
    expect(render("en")).toContain('href="/en"');
    expect(render("id")).toContain("Terjadi kesalahan");
    expect(render(undefined)).toContain("Terjadi kesalahan");
    expect(render(undefined)).toContain('href="/"');
  });

  it("shows the digest to quote to the site's keepers, and has every text in both languages", () => {
    expect(render("id", "123456")).toContain("<code>123456</code>");
    expect(render("id")).not.toContain("<code>");
    expect(Object.keys(texts.en).sort()).toEqual(Object.keys(texts.id).sort());
  });
});
