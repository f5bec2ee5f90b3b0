package se.bygdeportalen.platform.i18n;

import java.util.regex.Pattern;

/**
 * Reduces a JTE template to the text a visitor would read that is written literally in the
 * template: element text and the attributes screen readers announce. Expressions, template calls,
 * control structures, tags and code samples are removed.
 */
final class HardCodedText {

    private static final Pattern SPOKEN_ATTRIBUTE =
            Pattern.compile("\\s(alt|title|aria-label|placeholder)=\"([^\"]*)\"");

    private HardCodedText() {}

    static String visibleText(String template) {
        String s = template.replaceAll("(?s)<%--.*?--%>", " ").replaceAll("(?s)<!--.*?-->", " ");
        s = s.replaceAll("(?m)^\\s*@(import|param)\\b.*$", " ");
        s = removeBalanced(s, "!{", '{', '}');
        s = removeBalanced(s, "$unsafe{", '{', '}');
        s = removeBalanced(s, "${", '{', '}');
        for (String directive : new String[] {"@template.", "@if", "@elseif", "@for"}) {
            s = removeCall(s, directive);
        }
        s = s.replaceAll("@(else|endif|endfor|raw|endraw)\\b", " ");
        s = s.replaceAll("(?s)<code>.*?</code>", " ").replaceAll("(?s)<pre[^>]*>.*?</pre>", " ");
        StringBuilder spoken = new StringBuilder();
        var attributes = SPOKEN_ATTRIBUTE.matcher(s);
        while (attributes.find()) {
            spoken.append(' ').append(attributes.group(2));
        }
        s = s.replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("&[a-zA-Z]+;|&#\\d+;", " ")
                .replace("@`", " ")
                .replace("`", " ");
        return (s + spoken).replaceAll("\\s+", " ");
    }

    /** Removes every {@code start…} up to its matching closing brace. */
    private static String removeBalanced(String s, String start, char open, char close) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int at = s.indexOf(start, i);
            if (at < 0) {
                out.append(s, i, s.length());
                return out.toString();
            }
            out.append(s, i, at).append(' ');
            int depth = 0;
            int j = at + start.length() - 1;
            for (; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '"') {
                    j = skipString(s, j);
                } else if (c == open) {
                    depth++;
                } else if (c == close && --depth == 0) {
                    break;
                }
            }
            i = Math.min(j + 1, s.length());
        }
    }

    /** Removes a directive with its parenthesised arguments, which may span lines and hold nested content blocks. */
    private static String removeCall(String s, String directive) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int at = s.indexOf(directive, i);
            if (at < 0) {
                out.append(s, i, s.length());
                return out.toString();
            }
            int paren = s.indexOf('(', at);
            if (paren < 0) {
                out.append(s, i, s.length());
                return out.toString();
            }
            out.append(s, i, at).append(' ');
            int depth = 0;
            int j = paren;
            StringBuilder contentBlocks = new StringBuilder();
            for (; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '"') {
                    j = skipString(s, j);
                } else if (c == '@' && j + 1 < s.length() && s.charAt(j + 1) == '`') {
                    int end = contentEnd(s, j + 2);
                    // Markup passed as content keeps being checked: it is visible text.
                    contentBlocks
                            .append(' ')
                            .append(visibleText(s.substring(j + 2, end)))
                            .append(' ');
                    j = end;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
            }
            out.append(contentBlocks);
            i = Math.min(j + 1, s.length());
        }
    }

    /** The backtick closing a content block opened just before {@code from}; blocks nest. */
    private static int contentEnd(String s, int from) {
        int depth = 1;
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '@' && k + 1 < s.length() && s.charAt(k + 1) == '`') {
                depth++;
                k++;
            } else if (c == '`' && --depth == 0) {
                return k;
            }
        }
        return s.length();
    }

    private static int skipString(String s, int quote) {
        for (int k = quote + 1; k < s.length(); k++) {
            if (s.charAt(k) == '\\') {
                k++;
            } else if (s.charAt(k) == '"') {
                return k;
            }
        }
        return s.length();
    }
}
