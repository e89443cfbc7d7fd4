package index

import (
	"fmt"
	"slices"
	"strings"
)

// Two checks that a question asks for something the report holds, beyond sharing its words.

// referenceYear returns a year the question asks about (u.Text, lower case words) that the report
// mentions only as a point of reference, after "since" ("their first summit since 2019"): such a
// mention says when an earlier thing happened, not what happened then, so "what happened at their
// 2019 summit?" or "where was the 2019 meeting held?" is not covered. It returns "" when the
// question itself counts from the year ("since 2019"), asks yes or no ("did they meet in
// 2019?", which the mention answers), or when the year is the report's own (its front-matter
// date) or the report mentions it any other way.
func (s *snapshot) referenceYear(u understanding, report string) string {
	if u.Intent == IntentYesNo {
		return ""
	}
	ws := words(strings.ToLower(u.Text))
	r := s.corpus.Report(report)
	for i, w := range ws {
		if !isYear(w) || i > 0 && ws[i-1] == "since" || strings.HasPrefix(r.Date, w) {
			continue
		}
		mentioned, other := false, false
		for _, sec := range r.Sections {
			for _, sen := range sec.Sentences {
				sw := words(strings.ToLower(sen))
				for j, x := range sw {
					if x != w {
						continue
					}
					mentioned = true
					if j == 0 || sw[j-1] != "since" {
						other = true
					}
				}
			}
		}
		if mentioned && !other {
			return w
		}
	}
	return ""
}

// detailWords ask for a particular detail ("which specific regions…", "what exactly did they
// agree about the Arctic?"): a passage that only mentions the subject does not give it.
var detailWords = map[string]bool{"specific": true, "specifically": true, "exactly": true,
	"precisely": true, "particular": true, "particularly": true, "detail": true, "details": true,
	"detailed": true, "concretely": true}

// asksDetail reports whether a question (its words, lower case) asks for a particular detail.
func asksDetail(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return detailWords[w] })
}

// givesDetail reports whether some sentence of sec matches every word of the question that asks
// something: a question that asks for a detail is answered only by a sentence about all of it,
// not by one that shares its subject. Light words, the detail words themselves and everyday
// words the report lacks ask nothing particular ("what exactly were they worried might happen
// behind closed doors?").
//
// A sentence that opens with a pronoun ("He emphasized, “there’s no deal…”") also has what the
// sentence before it matched, which it refers back to.
func givesDetail(u understanding, sec *scoredSection) bool {
	byNumber := map[int]*scoredSentence{}
	for _, ss := range sec.sentences {
		byNumber[ss.e.Sentence] = ss
	}
	return slices.ContainsFunc(sec.sentences, func(ss *scoredSentence) bool {
		var before *scoredSentence
		if opensWithPronoun(ss.e.Text) {
			before = byNumber[ss.e.Sentence-1]
		}
		for i, t := range u.Terms {
			bare := bareWord(t.Surface)
			rank, common := commonRank[bare]
			if t.Weight <= 0 || t.Light || detailWords[bare] || !t.Known && common && rank < commonWords {
				continue
			}
			if ss.matched[i] <= 0 && (before == nil || before.matched[i] <= 0) {
				return false
			}
		}
		return true
	})
}

// referenceReason is the refusal for a year the report mentions only as a point of reference.
func referenceReason(year string) string {
	return fmt.Sprintf("The report mentions %s only as a point of reference (“since %s”), not what happened then.", year, year)
}

// opensWithPronoun reports whether a sentence opens with one of pronouns, referring back to the
// sentence before it.
func opensWithPronoun(text string) bool {
	ws := words(text)
	return len(ws) > 0 && pronouns[strings.ToLower(ws[0])]
}

// pronouns open a sentence that refers back to the one before it.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "his": true,
	"her": true, "their": true, "this": true, "these": true}
