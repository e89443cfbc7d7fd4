package bot

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/summitbot/summitbot/index"
)

// JSONPassage is one passage in the JSON rendering.
type JSONPassage struct {
	Report    string  `json:"report"`
	Heading   string  `json:"heading"`
	Text      string  `json:"text"`
	Highlight string  `json:"highlight"`
	Score     float64 `json:"score"`
}

// JSONReply is the JSON rendering of a Reply. Other tools depend on exactly this shape:
// {"command","query","answered","reason","passages":[{"report","heading","text","highlight","score"}]},
// passages best first, never null. Reply.Readings, Dated and Note are not part of it: they appear
// only in the text and Discord renderings.
type JSONReply struct {
	Command  string        `json:"command"`
	Query    string        `json:"query"`
	Answered bool          `json:"answered"`
	Reason   string        `json:"reason"`
	Passages []JSONPassage `json:"passages"`
}

// RenderJSON renders r as one line of JSON in the JSONReply shape.
func RenderJSON(r Reply) ([]byte, error) {
	out := JSONReply{Command: r.Command, Query: r.Query, Answered: r.Answered, Reason: r.Reason, Passages: []JSONPassage{}}
	if out.Reason == "" && !r.Answered {
		out.Reason = r.Title
	}
	if r.Kind == KindInfo && out.Reason == "" {
		out.Reason = strings.Join(r.Lines, "\n")
	}
	for _, p := range r.Passages {
		out.Passages = append(out.Passages, JSONPassage{Report: p.Report, Heading: p.Heading, Text: p.Text, Highlight: p.Highlight, Score: p.Score})
	}
	return json.Marshal(out)
}

// readingLine says how a word of the question was read: "Read “Ushakof” as “Ushakov”.", or for a
// question read as about the report's event (index.Reading.Why "topic"), "Read as a question about
// “<title>”.".
func readingLine(rd index.Reading) string {
	if rd.Why == "topic" {
		return fmt.Sprintf("Read as a question about “%s”.", rd.As)
	}
	return fmt.Sprintf("Read “%s” as “%s”.", rd.Word, rd.As)
}

// RenderText renders r for a terminal: each passage under its heading, report title and sentence
// numbers, matched words in Discord bold (**…**).
func RenderText(r Reply) string {
	var b strings.Builder
	if r.Title != "" {
		fmt.Fprintf(&b, "%s\n", r.Title)
	}
	if !r.Answered && r.Reason != "" {
		fmt.Fprintf(&b, "%s\n", r.Reason)
		if len(r.Nearest) > 0 {
			fmt.Fprintf(&b, "Nearest sections: %s\n", strings.Join(r.Nearest, "; "))
		}
	}
	for _, rd := range r.Readings {
		fmt.Fprintf(&b, "%s\n", readingLine(rd))
	}
	if r.Dated != "" && len(r.Passages) > 0 {
		fmt.Fprintf(&b, "The report “%s” is dated %s.\n", r.Passages[0].ReportTitle, r.Dated)
	}
	if r.Answered && r.Note != "" {
		fmt.Fprintf(&b, "%s\n", r.Note)
	}
	switch r.Kind {
	case KindList:
		for i, l := range r.Lines {
			fmt.Fprintf(&b, "%2d. %s\n", i+1, l)
		}
	case KindInfo:
		for _, l := range r.Lines {
			fmt.Fprintf(&b, "%s\n", l)
		}
	default:
		for i, p := range r.Passages {
			if i > 0 {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "%s — %s, %s\n", p.Heading, p.ReportTitle, SentenceLabel(p.Sentences))
			fmt.Fprintf(&b, "> %s\n", p.Highlight)
		}
	}
	if r.Explain != nil {
		b.WriteString(renderExplain(r))
	}
	return b.String()
}

// SentenceLabel cites sentence numbers: "sentence 2", "sentences 1–3", "sentences 1, 3".
func SentenceLabel(ns []int) string {
	switch {
	case len(ns) == 0:
		return ""
	case len(ns) == 1:
		return fmt.Sprintf("sentence %d", ns[0])
	}
	contiguous := true
	for i := 1; i < len(ns); i++ {
		if ns[i] != ns[i-1]+1 {
			contiguous = false
		}
	}
	if contiguous {
		return fmt.Sprintf("sentences %d–%d", ns[0], ns[len(ns)-1])
	}
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = fmt.Sprint(n)
	}
	return "sentences " + strings.Join(parts, ", ")
}

func renderExplain(r Reply) string {
	e := r.Explain
	var b strings.Builder
	fmt.Fprintf(&b, "\n--- explain (search took %s)\n", r.Took.Round(time.Microsecond))
	intent := string(e.Intent)
	if intent == "" {
		intent = "none"
	}
	fmt.Fprintf(&b, "intent: %s\nout-of-report share of the question: %.2f\n", intent, e.OOVShare)
	if e.AnswerType != "" {
		found := "found"
		if !e.AnswerFound {
			found = "none among the best sections"
		}
		fmt.Fprintf(&b, "answer type: %s (%s)\n", e.AnswerType, found)
	}
	b.WriteString("terms:\n")
	actor := false
	for _, t := range e.Terms {
		flags := []string{}
		if !t.Known {
			flags = append(flags, "not in report")
		}
		if t.Corrected {
			flags = append(flags, "spelling corrected")
		}
		if t.Specific {
			flags = append(flags, "name/year")
		}
		if t.Actor {
			flags = append(flags, "asked what they said")
			actor = true
		}
		if len(t.Related) > 0 {
			flags = append(flags, "related: "+strings.Join(t.Related, ", "))
		}
		fmt.Fprintf(&b, "  %-14s → %-12s weight %.2f  %s\n", t.Surface, t.Term, t.Weight, strings.Join(flags, "; "))
	}
	if len(e.Candidates) == 0 {
		fmt.Fprintln(&b, "ranking: no section was searched or matched")
		return b.String()
	}
	fmt.Fprintf(&b, "ranking (%s):\n", e.Formula)
	for i, c := range e.Candidates {
		if i == 8 {
			fmt.Fprintf(&b, "  … %d more\n", len(e.Candidates)-i)
			break
		}
		says := ""
		if actor {
			says = fmt.Sprintf("  says something: %v", c.Attributed)
		}
		fmt.Fprintf(&b, "  %d. %-40s s%d  score %.3f  bm25 %.3f (norm %.2f)  coverage %.2f  intent %.2f%s  matched: %s\n",
			i+1, c.Heading, c.Sentence, c.Score, c.BM25, c.Norm, c.Coverage, c.Intent, says, strings.Join(c.Matched, " "))
	}
	return b.String()
}
