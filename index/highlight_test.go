package index

import "testing"

func TestHighlight(t *testing.T) {
	tests := []struct {
		name, text string
		spans      [][2]int
		want       string
	}{
		{"plain", "a ceasefire now", [][2]int{{2, 11}}, "a **ceasefire** now"},
		{"adjacent words merge", "air raid alerts", [][2]int{{0, 3}, {4, 8}}, "**air raid** alerts"},
		{"overlap and order", "abcdef", [][2]int{{3, 5}, {0, 2}, {1, 4}}, "**abcde**f"},
		{"out of range dropped", "abc", [][2]int{{-1, 2}, {1, 9}, {2, 2}}, "abc"},
		{"multi-byte", "Putin’s “next round,” — Лавров", [][2]int{{0, 5}, {len("Putin’s “next round,” — "), len("Putin’s “next round,” — Лавров")}}, "**Putin**’s “next round,” — **Лавров**"},
		{"markdown escaped", "a *b* _c_ ~d~ `e` |f| [g](h) <@1>", nil, `a \*b\* \_c\_ \~d\~ \` + "`" + `e\` + "`" + ` \|f\| \[g](h) \<@1>`},
		{"line start", "# h - i > j", nil, `\# h - i > j`},
		{"list start", "- item", nil, `\- item`},
	}
	for _, tc := range tests {
		if got := Highlight(tc.text, tc.spans); got != tc.want {
			t.Errorf("%s: Highlight = %q, want %q", tc.name, got, tc.want)
		}
	}
}
