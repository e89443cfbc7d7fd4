package index

import (
	"sort"
	"strings"
)

// markdownSpecial are the characters that start Discord markdown anywhere in a line: emphasis,
// strike-through, code, spoilers, masked links and mentions (Discord's "Markdown Text 101").
const markdownSpecial = "\\*_~`|[<"

// lineStartSpecial start Discord markdown only at the start of a line: headers, list items and
// block quotes.
const lineStartSpecial = "#->"

// EscapeMarkdown escapes Discord markdown in s with backslashes so that it shows as typed: no
// emphasis, links, spoilers, headers, lists, quotes or mentions. Ordinary punctuation is left alone.
func EscapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	escape(&b, s, true)
	return b.String()
}

// escape writes s to b escaped; lineStart says whether s begins a line. It returns whether the
// text after s begins a line.
func escape(b *strings.Builder, s string, lineStart bool) bool {
	for _, r := range s {
		if strings.ContainsRune(markdownSpecial, r) || (lineStart && strings.ContainsRune(lineStartSpecial, r)) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		lineStart = r == '\n' || (lineStart && (r == ' ' || r == '\t'))
	}
	return lineStart
}

// Highlight renders text as Discord markdown with each byte span [start, end) in **bold** and the
// rest escaped. Spans come from bleve term locations (byte offsets into text, which the analyzer
// never shifts); overlapping, adjacent or out-of-range spans are merged or dropped, so any input is
// safe. Adjacent matched words separated only by a space are bolded together.
func Highlight(text string, spans [][2]int) string {
	ss := make([][2]int, 0, len(spans))
	for _, sp := range spans {
		if sp[0] >= 0 && sp[1] <= len(text) && sp[0] < sp[1] {
			ss = append(ss, sp)
		}
	}
	sort.Slice(ss, func(i, j int) bool { return ss[i][0] < ss[j][0] })
	var merged [][2]int
	for _, sp := range ss {
		if n := len(merged); n > 0 && (sp[0] <= merged[n-1][1] || text[merged[n-1][1]:sp[0]] == " ") {
			merged[n-1][1] = max(merged[n-1][1], sp[1])
			continue
		}
		merged = append(merged, sp)
	}
	var b strings.Builder
	at, lineStart := 0, true
	for _, sp := range merged {
		lineStart = escape(&b, text[at:sp[0]], lineStart)
		b.WriteString("**")
		lineStart = escape(&b, text[sp[0]:sp[1]], lineStart)
		b.WriteString("**")
		at = sp[1]
	}
	escape(&b, text[at:], lineStart)
	return b.String()
}
