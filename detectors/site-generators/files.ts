/** The files the site-generators detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const SITE_GENERATORS_FILES = ["docusaurus.config.{js,ts,mjs,cjs,mts,cts}", "**/.vitepress/config.{js,ts,mjs,mts,cjs,cts}", "**/.vuepress/config.{js,ts,mjs}", "mkdocs.{yml,yaml}", "pelicanconf.py", "book.toml", ".readthedocs.{yml,yaml}"];
