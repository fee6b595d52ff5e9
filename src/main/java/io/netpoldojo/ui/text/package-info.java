/**
 * Rich text shared by the places that show authored words: the inline Markdown parser (bold,
 * italic, inline code, lesson links), its {@link io.netpoldojo.ui.text.Span}s, and the flow node
 * that sets them with their stylesheet. Learn renders lesson paragraphs with it, the Quiz card
 * texts. A leaf: it may depend on JavaFX, never on another io.netpoldojo package; the parser and
 * the spans are plain Java.
 */
package io.netpoldojo.ui.text;
