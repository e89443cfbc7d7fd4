package index

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/summitbot/summitbot/corpus"
)

// Checks that a question asks for something the report holds, beyond sharing its words.

// referenceYears returns the years the report mentions only as a point of reference, after
// "since" ("their first summit since 2019"), other than the year of its own date: such a mention
// says when an earlier thing happened, not what happened then. Built once per report.
func referenceYears(r *corpus.Report) map[string]bool {
	since, other := map[string]bool{}, map[string]bool{}
	for _, sec := range r.Sections {
		for _, sen := range sec.Sentences {
			ws := words(strings.ToLower(sen))
			for j, w := range ws {
				if !isYear(w) {
					continue
				}
				if j > 0 && ws[j-1] == "since" {
					since[w] = true
				} else {
					other[w] = true
				}
			}
		}
	}
	for y := range since {
		if other[y] || strings.HasPrefix(r.Date, y) {
			delete(since, y)
		}
	}
	return since
}

// referenceYear returns a year that a wh-question asks about and the report (its ID) mentions
// only as a point of reference (see referenceYears), or "": "what happened at their 2019
// summit?" and "where did they meet in 2019?" are not covered by "their first summit since
// 2019". A question that counts from the year ("how long since their 2019 meeting?") or asks
// only whether they met then ("did they meet in 2019?", which the mention answers) is; a yes/no
// question that asks more ("was Ushakov on Putin's team at the 2019 summit?") is not.
func (s *snapshot) referenceYear(u understanding, report string) string {
	years := s.referenceYears[report]
	if len(years) == 0 || u.DateAnswers {
		return ""
	}
	ws := u.Words
	if u.Intent == IntentYesNo {
		// "Was Ushakov on Putin's team at the 2019 summit?" asks about that event ("the 2019
		// summit", "their 2019 meeting"), more than whether they met then.
		title := s.titleTerms[report]
		if slices.ContainsFunc(u.Terms, func(t qterm) bool { // known or not: "longer than their 2019 meeting?"
			return t.Weight > 0 && !t.Light && !title[t.Term] && !eventNouns[bareWord(t.Surface)] && !isYear(t.Surface)
		}) {
			for k, w := range ws {
				if years[w] && k > 0 && k+1 < len(ws) && (ws[k-1] == "the" || ws[k-1] == "their" || ws[k-1] == "that") && eventNouns[ws[k+1]] {
					return w
				}
			}
		}
		return ""
	}
	if slices.Contains(ws, "since") || !slices.ContainsFunc(ws, func(w string) bool { return whWords[questionWord(w)] }) {
		return ""
	}
	for _, w := range ws {
		if years[w] {
			return w
		}
	}
	return ""
}

// whWords open a wh-question.
var whWords = map[string]bool{"what": true, "which": true, "who": true, "whom": true, "whose": true,
	"where": true, "how": true, "why": true}

// referenceReason is the refusal for a year the report mentions only as a point of reference.
func referenceReason(year string) string {
	return fmt.Sprintf("The report mentions %s only as a point of reference (“since %s”), not what happened then.", year, year)
}

// detailWords ask for a particular detail ("which specific regions…", "what exactly did they
// agree about the Arctic?"): a passage that only mentions the subject does not give it. They are
// not searched (fillerWords; "exactly" is on the analyzer's stop list) and do not hide a speaker
// ("what exactly did Zelenskiy say"). "Details" asks for an account ("details about the
// delegations"), not for one detail.
var detailWords = map[string]bool{"specific": true, "specifically": true, "exactly": true,
	"exact": true, "precisely": true, "precise": true, "particular": true, "particularly": true,
	"concretely": true}

// detailNoun returns the index in u.Terms of the noun a detail word asks about ("the specific
// sanctions…" → sanctions), when the report has neither it nor a word related to it, or -1: the
// detail asked is a thing the report never mentions. Words of time are left to the date and
// time checks ("the exact date"), and nouns that ask for a kind of answer to the others ("the
// exact words", "what specific people…", see answerNouns).
func detailNoun(u understanding) int {
	for k, w := range u.Words {
		if k+1 >= len(u.Words) || (w != "specific" && w != "exact" && w != "precise" && w != "particular") {
			continue
		}
		n := u.Words[k+1]
		if timeWords[n] || timeWords[singular(n)] || answerNouns[n] || answerNouns[singular(n)] {
			continue // "the exact date", "the exact words", "what specific people…"
		}
		if t := unknownTerm(u, n); t >= 0 {
			return t
		}
	}
	return -1
}

// asksDetail reports whether a question (its words, lower case) asks for a particular detail.
func asksDetail(ws []string) bool {
	for i, w := range ws {
		if detailWords[w] && !(i+1 < len(ws) && quoteNouns[ws[i+1]]) { // "what exact phrase did Trump use?" asks a quote
			return true
		}
	}
	return false
}

// quoteNouns after a detail word ask for someone's own words, which a quote gives.
var quoteNouns = set(`phrase phrases words word wording quote quotes line lines`)

// givesDetail reports whether some sentence of sec matches, in its own text (a heading match
// does not count), every word of the question that asks something: a question that asks for a
// detail is answered only by a sentence about all of it, not by one that shares its subject.
// Light words ask nothing. The words of the report's title (title: its analysed terms) and the
// words for an event ("meeting", "talks") name the event every sentence is about ("what exactly
// was agreed in Anchorage?", "what exactly were the Europeans afraid might come out of the
// meeting?" → "fearing the summit might result in…"). A word the report
// lacks that is on the list of the most frequent English words (commonwords.txt: "behind closed
// doors", "achieve") asks nothing particular; a rarer one ("which space projects", "what
// tariffs") is a detail the report does not give.
//
// A sentence that opens with a pronoun ("He emphasized, “there’s no deal…”") also has what the
// sentence before it matched, which it refers back to.
func givesDetail(u understanding, sec *scoredSection, title map[string]bool) bool {
	return slices.ContainsFunc(sec.sentences, func(ss *scoredSentence) bool {
		var before *scoredSentence
		if opensWithPronoun(ss.e.Text) {
			before = sec.hit(ss.e.Sentence - 1)
		}
		for i, t := range u.Terms {
			_, common := commonRank[bareWord(t.Surface)]
			if t.Weight <= 0 || t.Light || title[t.Term] || eventNouns[bareWord(t.Surface)] || !t.Known && common {
				continue
			}
			if !ss.inText[i] && (before == nil || !before.inText[i]) {
				return false
			}
		}
		return true
	})
}

// opensWithPronoun reports whether a sentence opens with a personal or demonstrative pronoun
// ("He emphasized…", "It’s…"), referring back to the sentence before it.
func opensWithPronoun(text string) bool {
	ws := words(text)
	if len(ws) == 0 {
		return false
	}
	w := strings.ToLower(ws[0])
	if i := strings.IndexAny(w, "'’"); i > 0 { // "it’s", "they're"
		w = w[:i]
	}
	return pronouns[w]
}

// pronouns open a sentence that refers back to the one before it.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "his": true,
	"her": true, "their": true, "this": true, "these": true}

// afterPhrase returns the words (lower case) that place a question after the report's event, or
// nil: "after", "once", "following" or "since" with a word for the event or a place within three
// words, and up to two words that end it ("after the summit ended", "once the talks were over",
// "in the days following the summit", "after this", "after Anchorage"), or "afterwards",
// "aftermath", "post-summit". "Once the meeting began" places it during the event. The report
// tells the event and what was said of it; what anyone did later ("did Zelenskiy call Trump
// after the summit?") it does not, unless its words say so (see tellsWhatIsAsked). ws are the
// question's words, lower case.
func afterPhrase(ws []string) []string {
	for i, w := range ws {
		if rest, ok := strings.CutPrefix(w, "post-"); ok && afterReferents[rest] {
			return ws[i : i+1] // "post-summit"
		}
		switch w {
		case "afterwards", "afterward", "aftermath", "eventually", "subsequently":
			return ws[i : i+1] // "did the three-way meeting eventually happen?"
		}
		if w == "after" && i == len(ws)-1 && i > 0 {
			return ws[i : i+1] // "did Zelenskiy call Trump after?": afterwards
		}
		switch w {
		case "after", "once", "following", "since":
			for j := i + 1; j < len(ws) && j < i+4; j++ {
				if ws[j] == "last" || ws[j] == "previous" || ws[j] == "first" {
					break // "since their last summit" counts from an earlier one
				}
				if r := bareWord(ws[j]); !afterReferents[r] && !isPlace(r) { // "the summit's end"
					continue
				}
				end := j + 1
				for end < len(ws) && end < j+3 && (afterWords[ws[end]] || ws[end] == "was" || ws[end] == "were" || ws[end] == "had") {
					end++
				}
				if end < len(ws) && startWords[ws[end]] {
					return nil // "once the meeting began": during it
				}
				return ws[i:end]
			}
		}
	}
	return nil
}

// asksAhead reports whether a question (its words, lower case) asks what is to come, from the
// report's time: a future ("will", "gonna", "going to", "…'ll", "shall"), a plan ("plan to",
// "planning") or "next" after a verb in the present ("what comes next?", "what happens next").
// A report tells the plans it knows of, so "after the summit" in such a question is no time the
// report leaves out.
func asksAhead(ws []string) bool {
	for i, w := range ws {
		switch {
		case w == "will" || w == "gonna" || w == "shall" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
			return true
		case (w == "going" || w == "plan" || w == "plans" || w == "planning") && i+1 < len(ws) && ws[i+1] == "to":
			return true
		case w == "next" && i > 0 && (ws[i-1] == "comes" || ws[i-1] == "happens" || ws[i-1] == "what's" || ws[i-1] == "whats"):
			return true
		}
	}
	return false
}

// duringPhrase returns the words (lower case) that place a question during the report's event,
// or nil: "while" or "during" and, within five words, a word for the event ("while they were
// meeting", "during the summit", "while the leaders talked"). ws are the question's words.
func duringPhrase(ws []string) []string {
	for i, w := range ws {
		if (w == "while" || w == "during") && i+1 < len(ws) && !strings.HasSuffix(ws[i+1], "ing") && !strings.HasSuffix(ws[i+1], "ly") {
			// "while supposedly talking peace" says how, not when: the phrase has its own subject
			if k := slices.IndexFunc(ws[i+1:min(len(ws), i+6)], func(e string) bool { return eventNouns[e] || e == "talking" }); k >= 0 {
				return ws[i : i+k+2]
			}
		}
	}
	return nil
}

// placesInTime reports whether a sentence places what it tells during another event: "while" or
// "during". "Meanwhile" is left out: it often only turns to other news ("Meanwhile, Russia
// viewed…").
func placesInTime(text string) bool {
	for _, sp := range wordSpans(text) {
		if w := strings.ToLower(text[sp[0]:sp[1]]); w == "while" || w == "during" {
			return true
		}
	}
	return false
}

// hypothetical reports whether a question (its words, lower case) asks what would happen or
// would have happened under a condition: "what if…", or "if" and then "would" or "could" ("If
// Russia pulled back, would Zelenskiy agree…?"), or "would/could … have" and a past participle
// ("would they have reached a deal?"; "would Ukraine have to give up…" is no counterfactual), or
// "will" and, within eight words, "if" with a clause of its own ("who will represent Ukraine if
// talks resume?"; not "if so", "if invited").
func hypothetical(ws []string) bool {
	for i, w := range ws {
		if w == "if" && (i+1 < len(ws) && ws[i+1] == "anything" || i > 0 && askIf[ws[i-1]]) {
			continue // "what, if anything, did they agree?", "did Trump ask if Zelenskiy could join?"
		}
		switch {
		case w == "what" && i+1 < len(ws) && ws[i+1] == "if" && (i+2 >= len(ws) || ws[i+2] != "anything"):
			return true
		case w == "if" && i > 0 && slices.Contains(ws[max(0, i-3):i], "would") && !slices.Contains(ws[max(0, i-3):i], "you") &&
			!slices.ContainsFunc(ws[max(0, i-5):i], func(v string) bool { return reportingVerbs[v] }):
			// "what would happen if Ukraine gave up territory?"; not "would you say if…", nor what
			// someone said would happen ("what did Trump say would happen if…")
			return true
		case w == "if" && slices.ContainsFunc(ws[i+1:], func(v string) bool { return v == "would" || v == "could" || v == "wouldve" }):
			return true
		case w == "if" && i+1 < len(ws) && !ifElliptical[ws[i+1]] && !(i+2 == len(ws) && strings.HasSuffix(ws[i+1], "ed")) &&
			slices.ContainsFunc(ws[max(0, i-8):i], func(v string) bool {
				return v == "will" || v == "gonna" || strings.HasSuffix(v, "'ll") || strings.HasSuffix(v, "’ll")
			}):
			// "who will represent Ukraine if talks resume?": a prediction under a condition with
			// its own clause; "will they meet again, and if so where?", "…if invited?" set none
			return true
		case w == "would" || w == "could":
			for j := i + 1; j < len(ws) && j <= i+4; j++ {
				if ws[j] == "have" && j+1 < len(ws) && ws[j+1] != "to" && (strings.HasSuffix(ws[j+1], "ed") || verbForms[ws[j+1]] || ws[j+1] == "been") {
					return true
				}
			}
		}
	}
	return false
}

// reportingVerbs before "would … if" report what someone said or feared would happen, which a
// report may tell.
var reportingVerbs = set(`say said says fear feared fears think thought expect expected warn warned predict predicted`)

// ifElliptical after "if" shorten a condition to nothing ("if so", "if not", "if any"); a
// participle that ends the question does too ("…if invited?").
var ifElliptical = set(`so not ever any possible necessary`)

// asksOpinion reports whether a question (its words, lower case) asks the bot's own opinion: "in
// your (ur) opinion", "your view", "your take", "your thoughts", "do (don't) you think, reckon,
// believe or feel", "what do you make of". "Would you say…" is polite phrasing, not asked.
func asksOpinion(ws []string) bool {
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		prev := ""
		if i > 0 {
			prev = ws[i-1]
		}
		switch {
		case (w == "your" || w == "ur") && (next == "opinion" || next == "view" || next == "take" || next == "thoughts"):
			return true
		case (w == "you" || w == "u") && (next == "think" || next == "reckon" || next == "believe" || next == "feel") &&
			(prev == "do" || prev == "did" || prev == "dont" || prev == "don't" || i+2 == len(ws) && yesNoStarts[ws[0]]):
			return true // "do you think…", "will the war be over by the end of the year you think"
		case (w == "you" || w == "u") && next == "make" && i+2 < len(ws) && ws[i+2] == "of":
			return true // "what do you make of the summit?"
		}
	}
	return false
}

// asksJudgement reports whether a question (its words, lower case) asks the bot to judge: it
// opens with "should" ("should Ukraine give up land for peace?"; "should we expect…" asks what to
// expect), asks whether doing something was a mistake or right ("was it a mistake to invite
// Putin?", "was Trump right to meet Putin?"), or whether someone is a good or bad one of a kind
// ("is Trump a good negotiator?"; "it", "this" and "that" are no one: "was it a good summit?"
// may be told by how the talks were described).
func asksJudgement(ws []string) bool {
	// "is the report biased toward Russia?": a verdict on the report itself ("report" is a
	// filler word, dropped below)
	if len(ws) > 2 && beForms[ws[0]] && (ws[1] == "the" || ws[1] == "this") && reportNouns[ws[2]] &&
		slices.ContainsFunc(ws[3:], func(w string) bool { return reportVerdicts[w] }) {
		return true
	}
	ws = slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return fillerWords[w] || w == "so" || w == "ok" || w == "okay" || w == "but" })
	// "should Ukraine give up land?"; not "should NATO be consulted?" (what is needed, which the
	// report may say), "should there be…", "…according to Trump?" or "should we expect…".
	if len(ws) > 2 && ws[0] == "should" && ws[1] != "there" && !slices.Contains(ws, "expect") && !slices.Contains(ws, "according") &&
		!slices.Contains(ws[1:min(len(ws), 5)], "be") {
		return true
	}
	// "what should Ukraine do?", "how should a business prepare…": advice, as "should Ukraine…"
	if len(ws) > 3 && (ws[0] == "how" || ws[0] == "what") && ws[1] == "should" && ws[2] != "there" &&
		!slices.Contains(ws, "expect") && !slices.Contains(ws, "according") && !slices.Contains(ws[2:min(len(ws), 6)], "be") {
		return true
	}
	// "was inviting Putin to US soil a bad move?"
	if len(ws) > 0 && beForms[ws[0]] {
		for i := 2; i+1 < len(ws); i++ {
			if indefinites[ws[i-1]] && qualityWords[ws[i]] && judgementNouns[ws[i+1]] {
				return true
			}
		}
	}
	for i, w := range ws {
		if !beForms[w] || i+3 >= len(ws) {
			continue
		}
		subject, next := ws[i+1], ws[i+2]
		switch {
		case subject == "it" && (judgementWords[next] && ws[i+3] == "to" || indefinites[next] && judgementWords[ws[i+3]] && i+4 < len(ws) && ws[i+4] == "to"):
			return true // "was it a mistake to…", "is it wise to…"; "is it right that…" asks whether it is true
		case judgementWords[next] && ws[i+3] == "to":
			return true // "was Trump right to…"
		case !referringBack[subject] && subject != "it" && subject != "there" && indefinites[next] && qualityWords[ws[i+3]] && i+4 < len(ws):
			return true // "is Trump a good negotiator"
		}
	}
	return false
}

// predicateWord returns the index in u.Terms of the one word that ends a yes/no question after
// a form of "be" and its subject ("was the process fair?" → fair, "was Putin happy?" is read by
// the feeling check), when the report has neither it nor a word related to it and it is no
// name, or -1: what the subject is said to be is what is asked.
func (s *snapshot) predicateWord(u understanding) int {
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || !beForms[ws[i]] {
		return -1
	}
	k := s.subjectEnd(ws, i+1)
	if k <= i+1 || k != len(ws)-1 {
		return -1
	}
	if qualityWords[ws[k]] || confirmWords[ws[k]] || ws[k] == "safe" || ws[k] == "unsafe" {
		return -1 // "was the summit good?" is answered by how it was described; "is it true?" confirms
	}
	if t := unknownTerm(u, ws[k]); t >= 0 && !u.Terms[t].Specific {
		return t
	}
	return -1
}

// confirmWords ask whether what came before is so ("is it true?").
var confirmWords = set(`true false real right wrong correct accurate so`)

// reportVerdicts judge a report ("is the report biased?").
var reportVerdicts = set(`biased bias fair unfair accurate inaccurate reliable unreliable objective
	neutral balanced trustworthy propaganda partisan slanted credible`)

// asksCreative reports whether a question (its words, lower case) asks the bot to make something
// up: a joke, poem, song or the like, after a request ("tell me a joke about…", "can you write a
// poem", "make a meme"), not a question about one ("was the summit a joke?", "did Trump make a
// joke?").
func asksCreative(ws []string) bool {
	// The request: its verb first, after "please", "can you", "could you", "will you", "would you"
	// ("did Trump make a joke?" asks about one).
	k := 0
	for k < len(ws) && (fillerWords[ws[k]] || ws[k] == "please" || ws[k] == "pls" || ws[k] == "ok" || ws[k] == "hey") {
		k++
	}
	if k+1 < len(ws) && (ws[k] == "can" || ws[k] == "could" || ws[k] == "will" || ws[k] == "would") && (ws[k+1] == "you" || ws[k+1] == "u") {
		k += 2
	}
	if k >= len(ws) || !creativeVerbs[ws[k]] {
		return false
	}
	return slices.ContainsFunc(ws[k+1:], func(w string) bool { return creativeNouns[w] || creativeNouns[singular(w)] })
}

// creativeNouns are things made up rather than reported; creativeVerbs ask for one.
var (
	creativeNouns = set(`joke poem song haiku limerick rap meme riddle pun sonnet`)
	creativeVerbs = set(`tell write make give compose sing share do`)
)

// judgementWords judge a deed: "was it a mistake to…", "was Trump right to…".
var judgementWords = set(`mistake error blunder right wrong wise unwise smart foolish naive stupid dumb idea
	good bad qualified unqualified fit unfit competent capable justified`)

// judgementNouns are judged with a qualityWord: "a bad move", "a smart decision".
var judgementNouns = set(`move idea decision call choice step`)

// qualityWords judge a person as one of a kind: "is Trump a good negotiator?".
var qualityWords = set(`good bad great terrible strong weak competent incompetent decent evil smart
	skilled effective`)

// beforeRole reports whether a question (its words, lower case) asks about a time before someone
// took a role: "before becoming", "before he became", "before being named", "before joining", and
// a role after them, not a state ("before they became aware").
func beforeRole(ws []string) bool {
	for i, w := range ws {
		if w != "before" || i+1 >= len(ws) {
			continue
		}
		if i > 1 && (ws[i-1] == "do" || ws[i-1] == "doing") && (ws[0] == "what" || ws[0] == "wat") &&
			i+2 < len(ws) && definites[ws[i+1]] && eventNouns[ws[i+2]] {
			return true // "what did Witkoff do before the summit?": what someone did before it
		}
		k := i + 1
		if k+1 < len(ws) && subjectPronouns[ws[k]] {
			k++ // "before he became"
		}
		switch ws[k] {
		case "becoming", "became", "become", "becomes", "being", "joining", "joined", "was", "is":
			// A role follows ("before becoming envoy", "before he was envoy"), not a state
			// ("before they became aware", "before he was ready").
			if k+1 < len(ws) && !feelingWords[ws[k+1]] && !stateWords[ws[k+1]] && (ws[k] != "was" && ws[k] != "is" || roleAfter(ws[k+1:])) {
				return true
			}
		case "taking", "took", "assuming", "assumed":
			// "before taking up his diplomatic role", "before assuming office"
			if slices.ContainsFunc(ws[k+1:min(len(ws), k+5)], func(w string) bool { return careerNouns[w] || roleNouns[w] != "" }) {
				return true
			}
		case "his", "her":
			// "before his appointment", "before his job as envoy"; "before his role in the talks"
			// is in them
			if k+1 < len(ws) && (careerNouns[ws[k+1]] || ws[k+1] == "nomination" || ws[k+1] == "tenure") &&
				!(k+3 < len(ws) && (ws[k+2] == "in" || ws[k+2] == "at") && (eventNouns[ws[k+3]] || definites[ws[k+3]] && k+4 < len(ws) && eventNouns[ws[k+4]])) {
				return true
			}
		}
	}
	// "what's Witkoff's background?": a person's background or career, before the event; "the
	// summit's background" is the event's.
	for i, w := range ws {
		if p := bareWord(ws[max(0, i-1)]); lifeNouns[w] && i > 0 && (isPossessive(ws[i-1]) && !eventNouns[p] && !reportNouns[p] && nations[p] == "" && !thingPossessors[p] ||
			ws[i-1] == "his" || ws[i-1] == "her") {
			return true
		}
	}
	return false
}

// roleAfter reports whether ws open with a role ("envoy", "an adviser", "foreign minister").
func roleAfter(ws []string) bool {
	for _, w := range ws[:min(len(ws), 3)] {
		if roleNouns[w] != "" {
			return true
		}
	}
	return false
}

// careerNouns name a post taken up or a person's working life ("before taking up his role",
// "Witkoff's background").
var careerNouns = set(`role post office position job appointment background career biography resume`)

// thingPossessors own a background that is no one's career ("the conflict's background").
var thingPossessors = set(`war conflict ceasefire fighting crisis deal nato eu europe alliance region regions`)

// lifeNouns name a person's working life as a whole ("Witkoff's background"), unlike a post
// ("Rubio's position on NATO" is his stance).
var lifeNouns = set(`background career biography resume`)

// peopleFocus returns the index in u.Terms of what a yes/no question asks happened to people at
// large ("were people killed in the drone attacks?" → killed, "did anyone die?" → die), when the
// report has neither it nor a word related to it, or -1: a form of "be" (or "get"), within three
// words a word for anyone (genericActors, "civilians", "soldiers", "children") and, within three
// more, an everyday participle; or "did anyone die". Such people are not named, so no name can
// stand for the answer.
func peopleFocus(u understanding) int {
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || i+2 >= len(ws) || !beForms[ws[i]] && !yesNoAuxiliaries[ws[i]] {
		return -1
	}
	g := slices.IndexFunc(ws[i+1:min(len(ws), i+4)], func(w string) bool {
		return genericActors[w] || w == "civilians" || w == "soldiers" || w == "children"
	})
	if g < 0 { // "were any people…", "were ukrainian civilians…"
		return -1
	}
	g += i + 1
	for _, w := range ws[g+1 : min(len(ws), g+4)] {
		if w == "get" || w == "got" || w == "been" || w == "be" {
			continue // "did anyone get killed…?"
		}
		// What happened to them: a participle after "be" ("were people killed"), or dying; an
		// active verb ("did anybody call out Putin…") is what they did, often in other words.
		passive := beForms[ws[i]] || slices.Contains(ws[g+1:min(len(ws), g+3)], "get") || slices.Contains(ws[g+1:min(len(ws), g+3)], "got")
		if _, everyday := everydayRank(w); !everyday || !passive && w != "die" && w != "died" ||
			passive && !strings.HasSuffix(w, "ed") && !verbForms[w] {
			continue
		}
		if t := termOf(u, w); t >= 0 && !u.Terms[t].Known && u.Terms[t].Weight > 0 && !u.Terms[t].Light {
			return t
		}
	}
	return -1
}

// stateWords follow "became" as a state, not a role ("before they became aware").
var stateWords = set(`aware clear known public available possible apparent involved part`)

// askIf are the verbs after which "if" asks whether ("ask if", "say if", "know if"), no condition.
var askIf = set(`ask asked asks say says said know knows knew see wonder wondering tell tells told
	check decide decided clear sure mention mentioned report reported`)

// afterReferents name the report's event after "after" or "once" (a place's name does too).
var afterReferents = set(`summit talks meeting meet conference session it this that`)

// startWords after "once the meeting…" place a question during the event.
var startWords = set(`began begun begin begins started start starts opened got kicked`)

// afterWords end a phrase of afterPhrase ("…ended", "…wrapped up") and ask nothing of their own:
// they are not searched.
var afterWords = set(`afterwards afterward aftermath following ended ends end over wrapped finished
	concluded done up`)

// tellsWhatIsAsked reports whether sec answers a question that the report's words may not reach
// (after its event, see afterPhrase; between two of its people, see asksBetweenPeople): sec must
// match at least one of the question's words that say what happened, directly or through a
// related word, in its text or heading. Words that say nothing of what happened are left aside:
// light words, the words of the report's title (title: its analysed terms), names and words for
// people (canSpeak: who, not what happened), the words that end an "after" phrase and, unless
// countEvent is set, words for the event ("after the meeting" says when; "did Rubio meet
// Lavrov?" asks whether they met). A question with no other word is answered ("what happened
// after the summit?"), unless, after the event, it names someone: "what did Putin do
// afterwards?" is answered only by a statement the section attributes to them ("what did Trump
// say after the summit?"), and not by a stance in the present perfect (holdsStance). After the
// event, a word of relative time ("next", "later") says when, not what happened.
func (s *snapshot) tellsWhatIsAsked(u understanding, sec *scoredSection, title map[string]bool, countEvent, after bool) bool {
	asked, named := false, false
	attributed := sec.attributed
	if after {
		// After the event, a stance held all along is no reaction ("Zelenskiy … has firmly
		// rejected any proposal…" does not say what he said after the summit).
		attributed = slices.ContainsFunc(sec.sentences, func(ss *scoredSentence) bool { return ss.attributed && !holdsStance(ss.e.Text) })
	}
	for i, t := range u.Terms {
		w := bareWord(t.Surface)
		if t.Weight <= 0 || t.Light || !countEvent && eventNouns[w] || afterWords[w] || after && relativeTimes[w] { // "next" says when
			continue
		}
		if s.canSpeak(t) {
			named = named || !genericActors[w]
			continue
		}
		if title[t.Term] {
			continue
		}
		// After the event, a sentence that places what it tells during it ("While the summit
		// took place, fighting continued…") does not tell what came after.
		if after && sec.matched[i] > 0 && !slices.ContainsFunc(sec.sentences, func(ss *scoredSentence) bool {
			return ss.matched[i] > 0 && !placesInTime(ss.e.Text)
		}) {
			asked = true
			continue
		}
		// "How did Trump describe the talks afterwards?": a statement the section attributes to
		// whoever the question asks about is what a verb of saying asks.
		if sec.matched[i] > 0 || askVerbs[w] && attributed {
			return true
		}
		asked = true
	}
	return !asked && (!after || !named || len(u.Actor) > 0 && attributed)
}

// relativeTimes place a question relative to the event ("next", "later"): after it, they say
// when, not what happened.
var relativeTimes = set(`next later again soon earlier afterwards eventually`)

// holdsStance reports whether a sentence tells a stance in the present perfect ("has firmly
// rejected", "have long opposed"): "has" or "have" and, within two words, one of stanceVerbs.
func holdsStance(text string) bool {
	ws := words(strings.ToLower(text))
	for i, w := range ws {
		if w != "has" && w != "have" {
			continue
		}
		for _, v := range ws[i+1 : min(len(ws), i+3)] {
			if stanceVerbs[v] {
				return true
			}
		}
	}
	return false
}

// stanceVerbs hold a position rather than react to an event ("has firmly rejected", "have long
// opposed"); "has welcomed" is a reaction.
var stanceVerbs = set(`rejected opposed refused insisted maintained denied resisted ruled demanded
	backed supported argued`)

// asksBetweenPeople returns the indices in u.Terms of the people a question names, when it names
// two or more besides those of the report's title ("did Rubio meet Lavrov separately?", "what did
// Witkoff discuss with Lavrov?"), else nil: a report that lists them together may say nothing of
// what passed between them, so what the question asks must match (tellsWhatIsAsked), in a
// section that names one of them. A full name is one person ("Sergei Lavrov"): a name right
// after another in the question joins it.
func (s *snapshot) asksBetweenPeople(u understanding) []int {
	ws := u.Words
	var people []int
	last := -2
	for i, t := range u.Terms {
		if t.Weight <= 0 || !s.isPerson(t.Term) || s.isTitleName(t) {
			continue
		}
		at := slices.Index(ws, strings.ToLower(t.Surface))
		if at < 0 || at != last+1 {
			people = append(people, i)
		} else {
			people[len(people)-1] = i // the surname stands for the full name
		}
		last = at
	}
	if len(people) < 2 {
		return nil
	}
	return people
}

// namesOneOf reports whether sec matches one of the question terms at indices.
func namesOneOf(sec *scoredSection, indices []int) bool {
	return slices.ContainsFunc(indices, func(i int) bool { return sec.matched[i] > 0 })
}

// afterReason is the refusal for a question about a time after the event that the report does
// not tell.
const afterReason = "The report covers the event and what was said about it, not what happened afterwards."

// unidentified returns, as the report words it, the phrase by which the best sentence of sec
// mentions the thing a which-question asks to identify, when it only mentions it and never says
// which ("one “most significant” issue"), or "". The thing is a word of the question's noun
// phrase after "what" or "which" ("what was the one big issue they couldn't agree on?"), the last
// first; the sentence mentions it without saying which when each time an indefinite determiner
// comes at most three words before it ("one", "a", "some", "many"), with only modifiers between,
// and nothing that identifies it follows ("a wide range of issues, including…", "a three-way
// meeting with…"). A mention without a determiner whose modifiers are all the question's own words
// says no more which ("giving up Ukrainian territory"; see bareMention). Such a question is
// answered, with a note that the report does not say which (the sentence is all the report has
// on it), unless it asks nothing but which: then search refuses it with the note as the reason.
func (s *snapshot) unidentified(u understanding, sec *scoredSection) string {
	if len(sec.sentences) == 0 {
		return ""
	}
	text := sec.sentences[0].e.Text
	var spans [][2]int
	var terms []string // the analysed term of each word of text, "" for none
	focus := focusWords(u.Words)
	if len(focus) == 0 {
		return ""
	}
	// "What kind of attacks…" asks what sort of thing it is, which a modifier the question lacks
	// says ("drone attacks"); so does "what other warnings…" of a thing the report names with
	// another word ("air raid alerts").
	kind := asksKind(u.Words)
	other := slices.Contains(u.Words, "other") && slices.ContainsFunc(u.Words, func(w string) bool { return w == "what" || w == "which" })
	asked := map[string]bool{} // the analysed words of the question, searched or not ("where was it held")
	for _, t := range s.analyzer.Analyze([]byte(u.Text)) {
		asked[string(t.Term)] = true
	}
	for _, t := range u.Terms { // and the report's words for them ("agree" → agreement)
		for _, p := range t.Related {
			for _, w := range p {
				asked[w] = true
			}
		}
	}
	for _, w := range slices.Backward(focus) {
		toks := s.analyzer.Analyze([]byte(w))
		if len(toks) != 1 {
			continue
		}
		if spans == nil { // once per question, and only for a which-question
			spans = wordSpans(text)
			terms = s.wordTerms(words(text))
		}
		// The word, or a one-word related word the report uses for it ("land" → territory).
		same := map[string]bool{string(toks[0].Term): true}
		if t := termOf(u, w); t >= 0 && s.vocab[u.Terms[t].Term] == 0 && w == focus[len(focus)-1] { // the head noun only
			for _, p := range u.Terms[t].Related {
				if len(p) == 1 {
					same[p[0]] = true
				}
			}
		}
		phrase, seen := "", false
		for k, sp := range spans {
			if !same[terms[k]] {
				continue
			}
			if lw := strings.ToLower(text[sp[0]:sp[1]]); (terms[k] != string(toks[0].Term) || k > 0 && !indefinites[strings.ToLower(text[spans[k-1][0]:spans[k-1][1]])]) &&
				(verbForms[lw] || strings.HasSuffix(lw, "ed")) {
				continue // a verb is no mention of a thing ("members" ~ "was joined by", "remained unresolved")
			}
			seen = seen || s.identifiedAfter(text[sp[1]:], asked)
			d := slices.IndexFunc(spans[max(0, k-3):k], func(b [2]int) bool { return indefinites[strings.ToLower(text[b[0]:b[1]])] })
			if d >= 0 {
				d += max(0, k-3)
			} else if m := s.bareMention(text, spans, k, asked, kind || other && terms[k] != string(toks[0].Term)); !s.isName(terms[k]) && m >= 0 &&
				(sameNoun(strings.ToLower(text[sp[0]:sp[1]]), w) || terms[k] != string(toks[0].Term)) && !s.identifiedAfter(text[sp[1]:], asked) {
				phrase = text[spans[m][0]:compoundEnd(text, spans, k)]
				continue
			}
			// Between the determiner and the word only modifiers: no clause break, verb form or
			// function word ("any proposal involving giving up…" mentions no "giving", and in
			// "a deal,” saying…" the "a" is the deal's).
			if d < 0 || d > 0 && predicateOrNegation[strings.ToLower(text[spans[d-1][0]:spans[d-1][1]])] ||
				strings.ContainsAny(text[spans[d][1]:sp[0]], ",;:.") || slices.ContainsFunc(spans[d+1:k], func(b [2]int) bool {
				w := strings.ToLower(text[b[0]:b[1]])
				return phraseEnds[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
			}) || s.identifiedAfter(text[sp[1]:], asked) ||
				kind && slices.ContainsFunc(spans[d+1:k], func(b [2]int) bool { // "what kind of deal…" → "a peace deal"
					t := s.analyzer.Analyze([]byte(text[b[0]:b[1]]))
					return len(t) == 1 && !asked[string(t[0].Term)]
				}) {
				phrase = ""
				break
			}
			phrase = text[spans[d][0]:compoundEnd(text, spans, k)]
		}
		if phrase != "" {
			return phrase
		}
		if seen && w == focus[len(focus)-1] {
			return "" // a name says which the head noun is, and so its modifiers ("which special envoy…" → "special envoy Steve Witkoff")
		}
	}
	return ""
}

// bareMention returns the index of the first word of a mention without a determiner of the word
// at index k of text ("giving up Ukrainian territory", "reporting drone attacks"), when its
// modifiers (at most three) are all words of the question (asked: its analysed terms), or -1.
// Such a mention repeats what the question says and does not say which: "which Ukrainian
// territory…" is not answered by "Ukrainian territory", nor "which concessions…" by "secret
// concessions". A name before it says which in part ("which allies…" → "European allies"), and so
// do a definite determiner, a possessive or a number ("the Arctic", "Trump's delegation",
// "three-hour"); any other modifier does when the question asks what kind of thing it is (kind:
// "what kind of attacks…" → "drone attacks"). spans are the words of text.
func (s *snapshot) bareMention(text string, spans [][2]int, k int, asked map[string]bool, kind bool) int {
	isAsked := func(i int) bool { // every term of the word ("Russian-held": russia, held); no verb form
		w := text[spans[i][0]:spans[i][1]]
		if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
			return false
		}
		toks := s.analyzer.Analyze([]byte(w))
		return len(toks) > 0 && !slices.ContainsFunc(toks, func(t *analysis.Token) bool { return !asked[string(t.Term)] })
	}
	m := k
	for m > 0 && k-m < 3 && isAsked(m-1) && !strings.ContainsAny(text[spans[m-1][1]:spans[m][0]], ",;:.()—–") {
		m--
	}
	for i := m; i < k; i++ {
		if w := text[spans[i][0]:spans[i][1]]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return -1
		}
	}
	// A lower-case modifier the question lacks describes the thing ("secret concessions"):
	// it belongs to the mention, and answers a question that asks what kind of thing it is.
	describes := func(i int) bool {
		w := strings.ToLower(text[spans[i][0]:spans[i][1]])
		r, _ := utf8.DecodeRuneInString(text[spans[i][0]:spans[i][1]])
		return !unicode.IsUpper(r) && !unicode.IsDigit(r) && !definites[w] && !indefinites[w] && !numberWords[w] && !clauseWords[w] &&
			!strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") &&
			len(s.analyzer.Analyze([]byte(w))) > 0
	}
	for m > 0 && k-m < 3 && describes(m-1) && !strings.ContainsAny(text[spans[m-1][1]:spans[m][0]], ",;:.()—–") {
		if kind {
			return -1 // "what kind of attacks…" → "drone attacks"
		}
		m--
	}
	if m == 0 || strings.ContainsAny(text[spans[m-1][1]:spans[m][0]], ",;:.()—–") {
		return m // nothing before it but punctuation
	}
	before := text[spans[m-1][0]:spans[m-1][1]]
	lower := strings.ToLower(before)
	if definites[lower] || indefinites[lower] || numberWords[lower] || strings.HasSuffix(lower, "'s") || strings.HasSuffix(lower, "’s") {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(before); unicode.IsUpper(r) || unicode.IsDigit(r) {
		return -1
	}
	// "without a ceasefire or any binding commitments": there were none to say which of.
	for i := max(0, m-3); i < m; i++ {
		if w := strings.ToLower(text[spans[i][0]:spans[i][1]]); w == "any" || predicateOrNegation[w] {
			return -1
		}
	}
	return m // after a function word or a verb form ("giving up…", "reporting…")
}

// definites are determiners and possessives that point to a thing already identified.
var definites = set(`the this that these those their his her its our your my both each every all either neither`)

// sameNoun reports whether a and b (lower case) are one word, in the singular or the plural: a bare
// mention must be the noun the question asks about, not another form of the word ("did not meet"
// is no mention of "met").
func sameNoun(a, b string) bool {
	a, b = strings.TrimSuffix(a, "s"), strings.TrimSuffix(b, "s")
	return a == b || strings.TrimSuffix(a, "e") == strings.TrimSuffix(b, "e")
}

// compoundEnd returns the byte offset where the noun at spans[k] of text ends, taking in the noun
// it modifies when one follows in lower case ("drone" in "drone attacks and…" → "drone attacks"):
// the mention names the thing, not its modifier.
func compoundEnd(text string, spans [][2]int, k int) int {
	if k+1 >= len(spans) || strings.TrimSpace(text[spans[k][1]:spans[k+1][0]]) != "" {
		return spans[k][1]
	}
	next := text[spans[k+1][0]:spans[k+1][1]]
	lw := strings.ToLower(next)
	after := ""
	if k+2 < len(spans) {
		after = strings.ToLower(text[spans[k+2][0]:spans[k+2][1]])
	}
	if next != lw || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || verbForms[lw] || clauseWords[lw] ||
		phraseEnds[lw] || nounPhraseEnds[lw] || !contentWord(lw) || !strings.HasSuffix(lw, "s") || definites[after] || indefinites[after] {
		// "drone strikes the city": a verb, with its object after it
		return spans[k][1] // only a plural noun after it: "drone attacks", not "issue remained"
	}
	return spans[k+1][1]
}

// clauseWords join or open clauses: no modifier of the noun after them ("though timelines").
var clauseWords = set(`though although while whereas and but or so yet because`)

// asksWhich reports whether a question (its words, lower case) asks "which", or "what" before the
// noun ("what territory did Russia want?"), as its question word: to pick out the thing it names,
// which a mention that does not say which cannot answer. "What was the issue?" may be answered by
// what the report says of it.
func asksWhich(ws []string) bool {
	i := slices.IndexFunc(ws, func(w string) bool { return whWords[questionWord(w)] })
	if i < 0 {
		return false
	}
	// Only the question word: "…the one big issue which they couldn't agree on?" opens a clause.
	return ws[i] == "which" ||
		ws[i] == "what" && i+1 < len(ws) && !phraseEnds[ws[i+1]] && !detailWords[ws[i+1]] && !fillerWords[ws[i+1]]
}

// countedMention reports whether a mention that does not say which (unidentified's phrase, such
// as "one “most significant” issue" or "many points") counts the thing a what-question asks about,
// in its number: "what was the one big issue…?" asks for the one issue it counts, and "what were
// the points of agreement?" for its many points; "what were the issues?" is not asked of "one
// issue", nor is a bare mention ("expressed skepticism") counted at all.
func countedMention(phrase string, ws []string) bool {
	first, _, _ := nextWord(phrase)
	first = strings.ToLower(first)
	if !indefinites[first] {
		return false
	}
	focus := focusWords(ws)
	if len(focus) == 0 {
		return false
	}
	head := focus[len(focus)-1]
	plural := strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
	return plural == !(first == "one" || first == "a" || first == "an")
}

// focusWords returns the words of the noun phrase a which-question asks to identify: after "what"
// or "which" (and a form of "be"), up to five words before an auxiliary, pronoun or preposition
// ("what was the one big issue they…" → the, one, big, issue). ws are its words, lower case.
func focusWords(ws []string) []string {
	i := slices.IndexFunc(ws, func(w string) bool { q := questionWord(w); return q == "what" || q == "which" })
	if i < 0 {
		return nil
	}
	j := i + 1
	for j < len(ws) && detailWords[ws[j]] { // "what exactly was…"
		j++
	}
	be := j < len(ws) && (ws[j] == "was" || ws[j] == "is" || ws[j] == "were" || ws[j] == "are")
	if be {
		j++
	}
	if j+1 < len(ws) && kindWords[ws[j]] && ws[j+1] == "of" {
		j += 2 // "what kind of deal…" asks about the deal
	}
	if !be && j < len(ws) && (strings.HasPrefix(ws[j], "happen") || (verbForms[ws[j]] || strings.HasSuffix(ws[j], "ed")) &&
		(j+1 == len(ws) || phraseEnds[ws[j+1]] || nounPhraseEnds[ws[j+1]] || definites[ws[j+1]])) {
		// "what happened behind closed doors?", "what caused the fighting?": "what" is the
		// subject of a verb; "what unresolved issue…" has an adjective before its noun
		return nil
	}
	var out []string
	for ; j < len(ws) && len(out) < 5 && !phraseEnds[ws[j]]; j++ {
		if be && len(out) > 0 && feelingWords[ws[j]] {
			return nil // "what were the allies afraid of?": the noun phrase is the subject
		}
		if len(out) > 0 && (ws[j] == "the" || ws[j] == "a" || ws[j] == "an") {
			return nil // "what undermines the idea…": "what" is the subject of a verb
		}
		if strings.HasSuffix(ws[j], "ing") && j+1 < len(ws) && !phraseEnds[ws[j+1]] && !definites[ws[j+1]] &&
			!verbForms[ws[j+1]] && !strings.HasSuffix(ws[j+1], "ed") && (len(out) == 0 || !strings.HasSuffix(out[len(out)-1], "s")) {
			// "which arctic shipping routes…": a modifier before its noun; after a plural noun it
			// is a verb ("which regions reporting attacks…")
			out = append(out, ws[j])
			continue
		}
		if verbAfter(out, ws[j]) {
			if be && (strings.HasSuffix(ws[j], "ed") || strings.HasSuffix(ws[j], "ing")) {
				return nil // "what are the allies scared of?": the noun phrase is the subject
			}
			break // "which regions reported…", "what was the one issue left unresolved?"
		}
		out = append(out, ws[j])
	}
	return out
}

// feelingWords are adjectives of feeling or knowing that follow a subject ("what were the allies
// afraid of?", "what is Zelenskiy sure about?").
var feelingWords = set(`afraid scared worried concerned fearful nervous anxious happy unhappy angry
	upset glad pleased sure certain aware unsure uncertain keen eager ready willing`)

// verbAfter reports whether w, after the words of a noun phrase so far, is a verb that ends it: a
// past form (verbForms), or a word in -ed or -ing after a noun ("regions reported"), not after a
// determiner, a number or a modifier of degree, where it is an adjective ("the unresolved issue",
// "the one remaining issue"). "Said" always is.
func verbAfter(phrase []string, w string) bool {
	if w == "said" {
		return true
	}
	if !verbForms[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return false
	}
	if len(phrase) == 0 {
		return false
	}
	prev := phrase[len(phrase)-1]
	return !definites[prev] && !indefinites[prev] && !numberWords[prev] && !degreeWords[prev]
}

// degreeWords modify an adjective or rank a thing ("the most pressing issue", "the main unresolved
// point").
var degreeWords = set(`most more very still main only big biggest key major last final other`)

// kindWords before "of" ask what sort of thing the noun after them is.
var kindWords = set(`kind kinds sort sorts type types`)

// asksKind reports whether a question (its words, lower case) asks what kind of thing something
// is ("what kind of attacks…"): a modifier answers it ("drone attacks").
func asksKind(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if kindWords[ws[i]] && ws[i+1] == "of" || i > 0 && (ws[i] == "kinda" || ws[i] == "sorta") && (ws[i-1] == "what" || ws[i-1] == "which") {
			return true // "what kind of attacks…", "what kinda attacks…"
		}
	}
	return false
}

// compoundFocus returns the indices in u.Terms of the words that name the thing a what- or
// which-question asks about, when there are two or more ("what kind of trade deal did they work
// out?": trade, deal), else nil. Only words the report itself has count, and neither light words,
// people nor the title's words (title: its analysed terms); a place does ("what Arctic deal…").
// One word alone is mostly the question's frame ("what's Zelenskiy's position on…"), and is not
// checked.
func (s *snapshot) compoundFocus(u understanding, title map[string]bool) []int {
	var asked []int
	focus := focusWords(u.Words)
	// "Which Russian foreign minister…": a nation before an office says whose office it is,
	// which the sentence may tell by another name ("Putin brought Foreign Minister…").
	office := len(focus) > 0 && personNouns[focus[len(focus)-1]]
	for _, w := range focus {
		if office && isPlace(bareWord(w)) {
			continue
		}
		i := slices.IndexFunc(u.Terms, func(t qterm) bool { return strings.ToLower(t.Surface) == w })
		if i < 0 {
			continue
		}
		t := u.Terms[i]
		bare := bareWord(t.Surface)
		if s.vocab[t.Term] > 0 && t.Weight > 0 && !t.Light && !title[t.Term] && !s.isPerson(t.Term) &&
			!speakerNouns[bare] && !speakerNouns[singular(bare)] && !genericActors[bare] {
			asked = append(asked, i)
		}
	}
	if len(asked) < 2 {
		return nil
	}
	return asked
}

// unknownHead returns the index in u.Terms of the noun a what- or which-question asks about (the
// last word of its noun phrase, see focusWords), when the report has neither it nor a word related
// to it ("what kind of arctic projects…" → projects, "which shipping routes…" → routes), or -1.
// Nouns that ask for a place, a time, a person, a body or a sort of answer are not such a thing
// ("which city…", "what year…", "which officials…", "which alliance…", "what was the actual
// line?").
func unknownHead(u understanding) int {
	// After "to", "than", "from" or "of" the "what" is a relative: "did the summit live up to what
	// people expected?" asks for no noun.
	if k := slices.IndexFunc(u.Words, func(w string) bool { return questionWord(w) == "what" }); k > 0 { // "to which hotel…" asks
		if p := u.Words[k-1]; p == "to" || p == "than" || p == "from" || p == "of" {
			return -1
		}
	}
	focus := focusWords(u.Words)
	if len(focus) == 0 {
		return -1
	}
	head := focus[len(focus)-1]
	if asksSortOfAnswer(head) {
		return -1
	}
	return unknownTerm(u, head)
}

// asksSortOfAnswer reports whether a noun (lower case) asks for a sort of answer or a body that
// speaks ("which officials…", "what was the actual line?"), not for a thing the report may lack.
func asksSortOfAnswer(head string) bool {
	return answerNouns[head] || answerNouns[singular(head)] || speakerNouns[head] || speakerNouns[singular(head)]
}

// fragmentHead returns the index in u.Terms of the noun a fragment asks about ("casualties from
// the drone attacks?" → casualties, "any death toll of the strikes?" → toll), when the report has
// neither it nor a word related to it, or -1. A fragment has no question word, auxiliary or
// pronoun; its first noun phrase (after "any", "the" and the like) is followed by a preposition,
// so that "ceasefire status" (a topic and what is asked of it) is not read.
func fragmentHead(u understanding) int {
	ws := u.Words
	if slices.ContainsFunc(ws, func(w string) bool {
		return questionWords[questionWord(w)] || yesNoAuxiliaries[w] || beForms[w] || subjectPronouns[w] || referringBack[w]
	}) {
		return -1
	}
	k := 0
	for k < len(ws) && (fillerWords[ws[k]] || existentialSkip[ws[k]] || definites[ws[k]]) {
		k++
	}
	end := nounPhraseEnd(ws, k, 3)
	if end == k || end >= len(ws) || !fragmentPrepositions[ws[end]] {
		return -1
	}
	head := ws[end-1]
	if asksSortOfAnswer(head) {
		return -1
	}
	return unknownTerm(u, head)
}

// fragmentPrepositions follow the noun a fragment asks about ("casualties from the attacks?").
var fragmentPrepositions = set(`from of in at during after on`)

// aboutFocus returns the index in u.Terms of the topic a question asks about after "about" or
// "regarding" ("tell me about the weather in Alaska" → weather, "what did Trump say about China?"
// → china), when the report has neither it nor a word related to it, or -1. The topic is the last
// word of the noun phrase, an everyday English word (commonwords.txt: a typo such as "meetng" is
// left to spelling correction); nouns that ask for a kind of answer are left out, as in
// unknownHead.
func aboutFocus(u understanding) int {
	ws := u.Words
	for i, w := range ws {
		if w != "about" && w != "regarding" && w != "abt" {
			continue
		}
		k := i + 1
		for k < len(ws) && (existentialSkip[ws[k]] || definites[ws[k]]) {
			k++
		}
		end := nounPhraseEnd(ws, k, 3)
		if end == k || end < len(ws) && (ws[end] == "and" || ws[end] == "or") {
			continue
		}
		head := ws[end-1]
		if answerNouns[head] || answerNouns[singular(head)] || framingNouns[head] || numberWords[head] || head == "regarding" {
			continue
		}
		if _, everyday := everydayRank(head); !everyday {
			continue // a typo ("meetng") or a rare word: left to the search and its spelling
		}
		if t := unknownTerm(u, head); t >= 0 {
			return t
		}
	}
	return -1
}

// answerNouns after "what" or "which" ask for a kind of answer, not about a thing of their own.
var answerNouns = set(`city town country place location venue year month day date time name person
	people one thing things part way reason point topic topics issue issues subject subjects kind sort
	type number amount role position job title word words phrase line quote catchphrase saying
	context story alliance organization organisation group body bloc nation state side party post
	office rank`)

// quotesAll reports whether a sentence sec quotes matches each of the question terms at indices
// in its own text (see compoundFocus): a section that says "deal" in one sentence and lists
// "trade" in another does not speak of a trade deal, nor does one whose heading alone says
// "Agreement" of an Arctic agreement.
func (sec *scoredSection) quotesAll(indices []int) bool {
	return slices.ContainsFunc(sec.quoted(sentenceRatio), func(ss *scoredSentence) bool {
		return !slices.ContainsFunc(indices, func(i int) bool { return !ss.inText[i] })
	})
}

// phraseEnds end the noun phrase after "what" or "which".
var phraseEnds = set(`did do does was were is are has have had will would could can should may might
	they he she it we you i that which who whom of in on at for to with by from about between
	besides except excluding apart aside than versus vs like`)

// indefinites mention a thing without saying which ("any" is left out: "without … any binding
// commitments" says there were none).
var indefinites = set(`a an one some many several certain another`)

// predicateOrNegation before an indefinite determiner make the mention no unnamed thing: "viewed
// the invitation … as a diplomatic win" says what the win was, "without a ceasefire" that there
// was none.
var predicateOrNegation = set(`as without no not nor never`)

// identifiedAfter reports whether the text right after a mention says which thing it is: a
// colon, a bracket or a dash, a name in apposition ("President Zelenskiy"), or a word that
// introduces it ("including", "such as", "with", "to", "involving", "of": "a wide range of
// issues, including…"), except "of" before one of the question's words (asked: its analysed
// terms and their related words), which says what kind, not which ("many points of agreement"),
// unless what follows that word says which ("a range of issues, including…").
func (s *snapshot) identifiedAfter(rest string, asked map[string]bool) bool {
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " \t”\"’'")); strings.ContainsRune(":(—–", r) {
		return true
	}
	w, after, _ := nextWord(rest)
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && strings.TrimLeft(rest, " ") != rest {
		return true // a name in apposition ("President Zelenskiy")
	}
	if strings.EqualFold(w, "of") {
		// "many points of agreement" for "which points did they agree on?": the question's own
		// word says what kind, not which.
		next, more, _ := nextWord(after)
		if toks := s.analyzer.Analyze([]byte(next)); len(toks) == 1 && asked[string(toks[0].Term)] {
			return s.identifiedAfter(more, asked) // "a wide range of issues, including…" says which
		}
	}
	return identifiers[strings.ToLower(w)]
}

// identifiers introduce what a mentioned thing is.
var identifiers = set(`including such like involving namely to with between called named on about
	over against from for of`)

// listedOnly returns the words of the best sentence of sec that match the question only inside a
// list ("…covered a wide range of issues, including the Ukraine conflict, trade, the Arctic, and
// space cooperation"), when nothing else of the sentence matches what the question asks and the
// question asks more ("what trade tariffs were discussed?"): a list names its items and says
// nothing more of them. Else nil. The list runs from "including" or "such as" to the end of the
// sentence. Words that ask nothing are left aside as in tellsWhatIsAsked, and so are words for
// the event and for a list's frame ("discussed", "topics": "what trade tariffs were discussed?"
// asks about tariffs). A heading match says nothing of the list's items.
func (s *snapshot) listedOnly(u understanding, sec *scoredSection, title map[string]bool) []string {
	if len(sec.sentences) == 0 {
		return nil
	}
	ss := sec.sentences[0]
	text := ss.e.Text
	start := -1
	spans := wordSpans(text)
	for k, sp := range spans {
		w := strings.ToLower(text[sp[0]:sp[1]])
		if w == "including" || w == "such" && k+1 < len(spans) && strings.EqualFold(text[spans[k+1][0]:spans[k+1][1]], "as") {
			start = sp[1]
			break
		}
	}
	if start < 0 {
		return nil
	}
	inList := map[string]bool{}
	outside := map[string]bool{}
	for _, sp := range spans {
		for _, tok := range s.analyzer.Analyze([]byte(text[sp[0]:sp[1]])) {
			if sp[0] >= start {
				inList[string(tok.Term)] = true
			} else {
				outside[string(tok.Term)] = true
			}
		}
	}
	var listed, named []string
	asksMore := false
	for i, t := range u.Terms {
		w := bareWord(t.Surface)
		if t.Weight <= 0 || t.Light || title[t.Term] || eventNouns[w] || listFrame[w] || listFrame[w[strings.LastIndexByte(w, ' ')+1:]] {
			continue // "on the table" frames a list as "agenda" does
		}
		if s.canSpeak(t) {
			if ss.inText[i] && inList[t.Term] && !outside[t.Term] && s.isName(t.Term) && !s.isPerson(t.Term) && s.vocab[t.Term] == 1 {
				named = append(named, t.Surface) // "the Arctic": a listed place the report names nowhere else
			}
			continue
		}
		switch {
		case ss.inText[i] && inList[t.Term] && !outside[t.Term]:
			listed = append(listed, t.Surface)
		case ss.inText[i]:
			return nil // the sentence says something of what is asked besides its list
		default:
			asksMore = true
		}
	}
	if !asksMore {
		// "Which Arctic issues did they get into?": a which-question about a list's item (a
		// thing or a named place) as a kind of issue or topic asks which of its issues, more
		// than the list says.
		focus := focusWords(u.Words)
		for k := 0; k+1 < len(focus) && !asksMore; k++ {
			item := slices.IndexFunc(append(slices.Clone(listed), named...), func(l string) bool { return strings.EqualFold(l, focus[k]) })
			if item >= 0 && slices.ContainsFunc(focus[k+1:], func(w string) bool { return listFrame[w] }) {
				asksMore, listed = true, append(listed, named...)
			}
		}
	}
	if !asksMore {
		return nil
	}
	return listed
}

// listFrame are the words that introduce a list of topics ("the discussion covered a wide range
// of issues, including…") or ask whether something is on it ("was trade part of the
// programme?"): they ask nothing of an item.
var listFrame = set(`discuss discussed discussing discussion discussions cover covered covering
	issue issues topic topics subject subjects agenda raise raised part programme program
	include included includes including among list table menu touch touched address addressed
	mention mentioned talk talked matters items areas`)

// asksWhy reports whether a question (its words, lower case) asks for a reason: "why…", "why'd…",
// "how come…".
func asksWhy(ws []string) bool {
	for i, w := range ws {
		if questionWord(w) == "why" || w == "whyd" || w == "how" && i+1 < len(ws) && ws[i+1] == "come" {
			return true
		}
	}
	return false
}

// whySubject returns the indices in u.Terms of the names a why-question is about: its subject
// when that is one or more names ("why was Anchorage chosen…?" → Anchorage; "why did Putin and
// Lavrov…" → both), or nil for a pronoun, a noun phrase or no subject.
func (s *snapshot) whySubject(u understanding) []int {
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || i+2 >= len(ws) || questionWord(ws[i]) != "why" || !yesNoAuxiliaries[ws[i+1]] && !beForms[ws[i+1]] {
		return nil
	}
	return s.subjectNames(u, i+2)
}

// subjectNames returns the indices in u.Terms of the names that make up the subject starting at
// index j of the question's words (see afterSubject), or nil: a pronoun ("anyone") names none.
func (s *snapshot) subjectNames(u understanding, j int) []int {
	var out []int
	for _, w := range u.Words[j:s.afterSubject(u.Words, j)] {
		if t := termOf(u, bareWord(w)); t >= 0 && w != "and" && !subjectPronouns[w] && !eventParticipants[w] { // "the two leaders" stand for a pronoun
			out = append(out, t)
		}
	}
	return out
}

// yesNoSubject returns the indices in u.Terms of the people (or bodies known by an acronym,
// "NATO") that make up the subject of a yes/no question opened by an auxiliary ("did Trump
// criticize Putin?" → Trump), or nil. Places are left out, as in absentName: a country may
// stand for its delegation.
func (s *snapshot) yesNoSubject(u understanding) []int {
	i := firstWord(u.Words)
	if i < 0 || !yesNoAuxiliaries[u.Words[i]] {
		return nil
	}
	return slices.DeleteFunc(s.subjectNames(u, i+1), func(k int) bool {
		if s.isPerson(u.Terms[k].Term) {
			return false
		}
		name := s.spell([]string{u.Terms[k].Term}) // spelled only for a body known by its acronym
		return !isAcronym(name) || isPlace(strings.ToLower(name))
	})
}

// spellAll returns the question terms at indices as the report spells them.
func (s *snapshot) spellAll(u understanding, indices []int) []string {
	out := make([]string, len(indices))
	for k, i := range indices {
		out[k] = s.spell([]string{u.Terms[i].Term})
	}
	return out
}

// eventFirst reports whether text names the report's event or its two sides ("summit",
// "discussions", "the leaders", "both sides", "the delegations": eventNouns, eventParticipants)
// before every matched byte span: the event is what the sentence tells of ("the summit concluded
// without … any binding commitments"), not what it mentions by the way ("allies expressed
// skepticism, fearing the summit…"), and no other person is named before it ("President Zelenskiy
// was not present at the meeting and has firmly rejected…" is his).
func (s *snapshot) eventFirst(text string, matched [][2]int) bool {
	first := len(text)
	for _, m := range matched {
		first = min(first, m[0])
	}
	event := false
	for _, sp := range wordSpans(text) {
		if sp[1] > first {
			break
		}
		w := text[sp[0]:sp[1]]
		lw := strings.ToLower(w)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !s.isTitleWord(bareWord(w)) && s.wordIsPerson(bareWord(w)) {
			return false // "President Zelenskiy was not present at the meeting and … rejected": his
		}
		event = event || eventNouns[lw] && lw != "it" || eventParticipants[lw] && lw != "two" || lw == "their" ||
			lw == "delegations"
	}
	return event
}

// isTitleWord reports whether a word (lower case) is, analysed, a word of a report's title.
func (s *snapshot) isTitleWord(word string) bool {
	toks := s.analyzer.Analyze([]byte(word))
	return len(toks) == 1 && s.titleVocab[string(toks[0].Term)]
}

// yesNoObject returns the indices in u.Terms of the people a yes/no question names after its verb
// v ("did Trump invite Putin?" → Putin), besides its subject, or nil.
func (s *snapshot) yesNoObject(u understanding, v int, subject []int) []int {
	at := slices.Index(u.Words, strings.ToLower(u.Terms[v].Surface))
	if at < 0 {
		return nil
	}
	var out []int
	for _, w := range u.Words[at+1:] {
		if t := termOf(u, bareWord(w)); t >= 0 && !slices.Contains(subject, t) && !slices.Contains(out, t) && s.isPerson(u.Terms[t].Term) {
			out = append(out, t)
		}
	}
	return out
}

// rolesReversed reports whether a sentence tells of the verb v with another subject than the
// question's, in the active voice: a person other than the subject named before the verb
// ("Putin brought Lavrov…" for "did Trump bring Lavrov?"), or one of the question's objects
// before it and its subject after it ("Putin even invited Trump…" for "did Trump invite Putin?").
// "Trump was joined by Rubio" is passive: it answers "did Rubio join Trump?", not "did Trump join
// Rubio?".
func (s *snapshot) rolesReversed(text string, u understanding, v int, subject, object []int) bool {
	ws := words(text)
	terms := s.wordTerms(ws)
	// Only the verb itself: a related one may give the roles the other way ("did Lavrov attend?"
	// → "Putin brought … Lavrov").
	vv := slices.Index(terms, u.Terms[v].Term)
	if vv < 0 {
		return false
	}
	named := func(indices []int) func(t string) bool {
		return func(t string) bool {
			return slices.ContainsFunc(indices, func(i int) bool { return u.Terms[i].Term == t })
		}
	}
	sv := slices.IndexFunc(terms, named(subject))
	passive := sv > vv && slices.ContainsFunc(ws[vv:sv], func(w string) bool { return strings.EqualFold(w, "by") })
	if passive {
		return false
	}
	// The passive the other way: "Trump was joined by Rubio" does not answer "did Trump join
	// Rubio?".
	if ov := slices.IndexFunc(terms, named(object)); sv >= 0 && sv < vv && ov > vv &&
		slices.ContainsFunc(ws[vv:ov], func(w string) bool { return strings.EqualFold(w, "by") }) {
		return true
	}
	if sv >= 0 && sv < vv {
		return false // the subject is among those before the verb ("Trump and Putin met")
	}
	// Another person named before the verb is its subject ("Putin brought Lavrov…" does not
	// answer "did Trump bring Lavrov?", though the sentence before names Trump).
	for k := range vv {
		if r, _ := utf8.DecodeRuneInString(ws[k]); unicode.IsUpper(r) && terms[k] != "" && s.isPerson(terms[k]) && !named(subject)(terms[k]) {
			return true
		}
	}
	ov := slices.IndexFunc(terms, named(object))
	return ov >= 0 && sv >= 0 && ov < vv && vv < sv
}

// namesOtherTopicPerson reports whether text names one of the people of the report's title and
// lede that the question names as neither subject nor object (when it names some as object):
// "Putin brought … Lavrov" is no answer to "did Lavrov accompany Trump?".
func (s *snapshot) namesOtherTopicPerson(text string, u understanding, subject, topicObject []int) bool {
	if len(topicObject) == 0 {
		return false
	}
	given := map[string]bool{}
	for _, i := range append(slices.Clone(subject), topicObject...) {
		given[u.Terms[i].Term] = true
	}
	for _, w := range words(text) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		if toks := s.analyzer.Analyze([]byte(bareWord(w))); len(toks) == 1 && !given[string(toks[0].Term)] &&
			s.isPerson(string(toks[0].Term)) && s.isTitleWord(bareWord(w)) {
			return true
		}
	}
	return false
}

// aboutSubject reports whether a sentence hit of sec, or the one before it when the sentence
// refers back to it (refersBackTo: the one before names whom "the leaders" or "he" are), matches
// one of the question terms at subject.
func (sec *scoredSection) aboutSubject(ss *scoredSentence, subject []int) bool {
	var prev *scoredSentence
	if refersBackTo(ss.e.Text) {
		prev = sec.hit(ss.e.Sentence - 1)
	}
	return slices.ContainsFunc(subject, func(i int) bool { return ss.matched[i] > 0 || prev != nil && prev.matched[i] > 0 })
}

// wordTerms returns the analysed term of each of words (a sentence's, see words), "" for a word
// that analyses to none or to several (a stop word, "Russian-held").
func (s *snapshot) wordTerms(ws []string) []string {
	terms := make([]string, len(ws))
	for k, w := range ws {
		if toks := s.analyzer.Analyze([]byte(w)); len(toks) == 1 {
			terms[k] = string(toks[0].Term)
		}
	}
	return terms
}

// namedOnlyAfterPreposition reports whether every mention in a sentence of the question's
// subject (indices in u.Terms) follows a preposition that makes it no actor: "consultation with
// NATO and Ukraine's President Zelenskiy is needed" tells nothing Zelenskiy did ("did Zelenskiy
// agree to a ceasefire?"). Names, titles and "and" between the preposition and the mention are
// passed over; "by" is no such preposition ("joined by … Rubio" tells what Rubio did).
func (s *snapshot) namedOnlyAfterPreposition(text string, u understanding, subject []int) bool {
	ws := words(text)
	terms := s.wordTerms(ws)
	named := false
	for k := range ws {
		if !slices.ContainsFunc(subject, func(i int) bool { return u.Terms[i].Term == terms[k] }) {
			continue
		}
		named = true
		j := k - 1
		for j >= 0 && (ws[j] == "and" || unicode.IsUpper([]rune(ws[j])[0]) ||
			ws[j] == "of" && j > 0 && unicode.IsUpper([]rune(ws[j-1])[0])) { // "Secretary of State Marco Rubio"
			j--
		}
		if j < 0 || !objectPrepositions[strings.ToLower(ws[j])] {
			return false
		}
	}
	return named
}

// neverActs returns the subject of a yes/no question (indices in u.Terms), as the report spells
// it, when every sentence of the report that names it names it only after an object preposition
// (namedOnlyAfterPreposition: NATO in "consultation with NATO … is needed"), or "". A subject the
// report never names is left to the other checks.
func (s *snapshot) neverActs(u understanding, subject []int) string {
	var mentions []*entry
	for _, i := range subject {
		es, all := s.passagesWith(u.Terms[i].Term, maxMentions)
		if !all {
			return "" // named that often, it surely does something
		}
		mentions = append(mentions, es...)
	}
	if len(mentions) == 0 || slices.ContainsFunc(mentions, func(e *entry) bool { return !s.namedOnlyAfterPreposition(e.Text, u, subject) }) {
		return ""
	}
	return joinWordsAnd(s.spellAll(u, subject))
}

// maxMentions is how many passages naming a word the checks that read every mention of it
// (neverActs, plannedVisit) read: a word named more often is taken to be told of in every way.
const maxMentions = 64

// passagesWith returns the passages whose text has the analysed term, found with a term query,
// and whether that is all of them (at most limit).
func (s *snapshot) passagesWith(term string, limit int) ([]*entry, bool) {
	r, err := s.bleve.Search(bleve.NewSearchRequestOptions(fieldTerm(FieldText, term), limit+1, 0, false))
	if err != nil {
		return nil, false
	}
	var out []*entry
	for _, h := range r.Hits {
		if e := s.passages[h.ID]; e != nil {
			out = append(out, e)
		}
	}
	return out[:min(len(out), limit)], len(r.Hits) <= limit
}

// objectPrepositions make the name after them no actor of the sentence's verb.
var objectPrepositions = set(`with to for from of about toward towards against between on at into`)

// refersBackTo reports whether a sentence opens by referring to people the sentence before it
// names: a pronoun ("He emphasized…") or a word for them ("The leaders aimed…", "Both sides…").
func refersBackTo(text string) bool {
	if opensWithPronoun(text) {
		return true
	}
	ws := words(strings.ToLower(text))
	return slices.ContainsFunc(ws[:min(len(ws), 2)], func(w string) bool { return eventParticipants[w] && w != "two" })
}

// significanceWords ask what a thing signified rather than what caused it ("why does the violence
// matter?", "why were the attacks significant?"): the effect it had is the answer.
var significanceWords = set(`matter matters mattered significant significance important importance
	notable noteworthy relevant relevance`)

// asksSignificance reports whether a why-question (its words, lower case) asks what something
// signified (significanceWords).
func asksSignificance(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return significanceWords[w] })
}

// reasonWords link a fact to its cause or purpose in English prose: conjunctions of cause
// ("because", "since", "as"), purpose ("aimed", "so"), and the participles and verbs a news report
// uses to give a motive or a consequence ("fearing", "underlining", "contradicted", "leaves
// doubts"). "since" before a year gives a time, not a reason.
var reasonWords = set(`because since as due owing so therefore thus hence why reason reasons
	aim aims aimed goal purpose intended intent order fearing feared fear fears worried concern
	concerned underlining underlined underscoring highlighting highlighted showing reflecting
	contradicted contradicts leaves left meant means amid result needed required requires`)

// needWords are the reasonWords of a precondition: "he emphasized “there's no deal until there's
// a deal”, saying further consultation … is needed" says why there is no deal yet. It gives a
// reason only for a matched word that is not a name (Zelenskiy, named there, was not invited for
// it) and lies outside the clause of the need (effectOfSubject: "why did Trump want to talk to
// NATO?" is not answered by the consultation being needed).
var needWords = set(`needed required requires`)

// effectVerbs are the reasonWords that, as the finite verb of a clause, give what their subject
// caused ("the violence highlighted the challenges", "attacks contradicted any intention"): a
// reason for what follows them, not for their subject.
var effectVerbs = set(`contradicted contradicts highlighted underlined leaves left meant means`)

// labelWords introduce a description, so an "as" after them gives a label, not a cause
// ("descriptions of the discussions as “extremely productive”", "described the talks as
// constructive"). A view is no label: "Russia viewed the invitation … as a diplomatic win" says
// what made the summit a win for Russia.
var labelWords = set(`describe described describes describing description descriptions call
	called calling calls label labelled labeled labelling labeling term termed dub dubbed brand
	branded characterize characterized characterise characterised hail hailed`)

// effectOfSubject reports whether some byte span matched and every one lies in the subject of the
// effect verb spans[v]: the words before it back to the start of its clause (the sentence, a comma,
// or "that"/"which"). "Czech officials noted that Putin's attacks contradicted…" gives the
// officials a reason; "The violence highlighted…" gives the violence none.
func effectOfSubject(text string, spans [][2]int, v int, matched [][2]int) bool {
	start := 0
	for j := v - 1; j >= 0; j-- {
		if w := strings.ToLower(text[spans[j][0]:spans[j][1]]); w == "that" || w == "which" || strings.ContainsAny(text[spans[j][1]:spans[j+1][0]], ",;:") {
			start = spans[j][1]
			break
		}
	}
	return len(matched) > 0 && !slices.ContainsFunc(matched, func(m [2]int) bool { return m[0] < start || m[0] >= spans[v][1] })
}

// givesReason reports whether text has a word that gives a cause or purpose (reasonWords) outside
// the byte spans matched (the question's own words: "why did Trump leave?" is not answered by
// "…leaves doubts"): a why-question is answered by a sentence that says why, not by one that only
// states the fact it asks about ("Why wasn't Zelenskiy invited?" → "Zelenskiy was not present at
// the meeting"). An effect verb (effectVerbs) gives a reason only when a matched word follows it:
// "why were there drone attacks?" is not answered by "The violence highlighted the challenges"
// (effectOfSubject), unless the question asks what something signified (significance: "why
// does the violence matter?", see asksSignificance).
// An "as" within four words after a word of describing (labelWords) gives none.
func givesReason(text string, matched [][2]int, significance bool) bool {
	spans := wordSpans(text)
	for i, sp := range spans {
		w := strings.ToLower(text[sp[0]:sp[1]])
		if !reasonWords[w] || slices.ContainsFunc(matched, func(m [2]int) bool { return m[0] < sp[1] && sp[0] < m[1] }) {
			continue
		}
		if w == "since" && i+1 < len(spans) && isYear(text[spans[i+1][0]:spans[i+1][1]]) {
			continue
		}
		if effectVerbs[w] && !significance && (len(matched) == 0 || effectOfSubject(text, spans, i, matched)) {
			continue
		}
		if w == "as" && slices.ContainsFunc(spans[max(0, i-4):i], func(b [2]int) bool { return labelWords[strings.ToLower(text[b[0]:b[1]])] }) {
			continue
		}
		if needWords[w] {
			things := slices.DeleteFunc(slices.Clone(matched), func(m [2]int) bool {
				r, _ := utf8.DecodeRuneInString(text[m[0]:])
				return !unicode.IsLower(r)
			})
			if len(things) == 0 || effectOfSubject(text, spans, i, things) {
				continue
			}
		}
		return true
	}
	return false
}

// yesNoAuxiliaries open a yes/no question whose verb follows the subject ("did Trump accept…?").
// Forms of "be" are left out: "was Zelenskiy there?" has no verb to check.
var yesNoAuxiliaries = set(`did does do will would can could has have had should didnt didn't doesnt
	doesn't dont don't wont won't hasnt hasn't havent haven't hadnt hadn't`)

// supportVerbs carry little meaning of their own beside their object ("did they set a date?",
// "did Trump hold talks?"), and the report may have them only as other words ("setting",
// "Russian-held"): the object is what is asked.
var supportVerbs = set(`set sets hold holds held reach reached put`)

// firstWord returns the index of the first word of a question (its words, lower case) that is
// neither a filler nor a conjunction that carries on the chat ("so did Trump…", "and were
// there…"), or -1.
func firstWord(ws []string) int {
	return slices.IndexFunc(ws, func(w string) bool {
		return !fillerWords[w] && w != "so" && w != "and" && w != "but" && w != "ok" && w != "okay"
	})
}

// subjectPronouns stand for a subject the question does not name ("did they agree…?"). "It" is
// left out: "does it look like…" has no subject.
var subjectPronouns = set(`they he she anyone anybody someone somebody everyone both we you`)

// afterSubject returns the index of the first word after the subject that starts at index j of ws
// (a question's words, lower case): a pronoun (subjectPronouns), the event's participants ("the
// two leaders", "both sides"), a people or a body named by it with its article ("the Russians",
// "the Czech government") or names joined by "and" ("Rubio and Witkoff"); j itself when none
// starts there (another subject with a determiner, "the Anchorage meeting", is not read).
func (s *snapshot) afterSubject(ws []string, j int) int {
	if j < len(ws) && subjectPronouns[ws[j]] {
		return j + 1
	}
	// "the two leaders", "both sides": the event's participants stand for a pronoun
	if k := j; k+1 < len(ws) && (ws[k] == "the" || ws[k] == "both") {
		for k++; k < len(ws) && eventParticipants[ws[k]]; k++ {
		}
		if k > j+1 && (ws[k-1] == "leaders" || ws[k-1] == "presidents" || ws[k-1] == "sides") {
			return k
		}
	}
	if j+1 < len(ws) && ws[j] == "the" && s.nameLen(ws, j+1) > 0 {
		// "the Russians", "the Czech government", "the United States and Russia": a people, or
		// a body named by its people; "the Anchorage meeting" is no subject of names
		k := j + 1
		for k < len(ws) {
			if n := s.nameLen(ws, k); n > 0 {
				k += n
			} else if ws[k] == "and" && k+1 < len(ws) && s.nameLen(ws, k+1) > 0 {
				k++
			} else {
				break
			}
		}
		switch {
		case isPossessive(ws[k-1]) || k < len(ws) && eventNouns[ws[k]]:
			return j // "the Kremlin's view", "the Anchorage meeting": the names modify a noun
		case k < len(ws) && (speakerNouns[ws[k]] || speakerNouns[variants.equiv[ws[k]]]):
			return k + 1 // "the Czech government"
		}
		return k // "the Russians", "the US"
	}
	start := j
	for j < len(ws) && (ws[j] == "and" || s.wordIsName(bareWord(ws[j]))) {
		j++
	}
	// "European leaders", "Czech officials": names, then the people or body they name.
	if j > start && j < len(ws) && !isPossessive(ws[j-1]) && (speakerNouns[ws[j]] || speakerNouns[variants.equiv[ws[j]]]) {
		return j + 1
	}
	return j
}

// nameLen returns how many words at ws[k] make a name: 1 for a word that is one
// (wordIsName), 2 for a two-word name of a country or body ("united states", "european
// union"), 0 else.
func (s *snapshot) nameLen(ws []string, k int) int {
	if k+1 < len(ws) && twoWordNames[ws[k]+" "+ws[k+1]] {
		return 2
	}
	if s.wordIsName(bareWord(ws[k])) {
		return 1
	}
	return 0
}

// twoWordNames are names of countries and bodies written as two words.
var twoWordNames = map[string]bool{"united states": true, "united kingdom": true, "united nations": true,
	"european union": true, "czech republic": true, "white house": true}

// yesNoVerb returns the index in u.Terms of the verb a yes/no question asks about, when the
// question opens with an auxiliary and its subject is a pronoun or names ("did Trump accept
// Putin's invitation?" → accept; "did Rubio and Witkoff travel…" → travel), or -1. A light or
// support verb ("did they make progress?", "did they set a date?") or a verb of saying asks about
// its object, and a subject with a determiner ("did the talks go well?") cannot be told from its
// verb without a parser: both give -1. A what-question asks about its verb the same way ("what
// did Trump promise Putin?" → promise); after a determiner the subject runs to the verb that
// ends the question ("what did the Czech officials reject?" → reject).
func (s *snapshot) yesNoVerb(u understanding) int {
	ws := u.Words
	i := firstWord(ws)
	what := i >= 0 && i+1 < len(ws) && questionWord(ws[i]) == "what"
	if what {
		i++ // "what did Trump promise?" asks what was promised
	}
	if i < 0 || !yesNoAuxiliaries[ws[i]] {
		return -1
	}
	if what && i+2 < len(ws) && definites[ws[i+1]] {
		// "what did the Czech officials propose (to)?": with a determiner the subject runs up to
		// the verb, which ends the question.
		e := len(ws)
		for e > i+3 && phraseEnds[ws[e-1]] {
			e--
		}
		if w := ws[e-1]; e-i-2 <= 4 && !lightWords[w] && !sayingVerbs[w] && !supportVerbs[w] {
			return verbTermOf(u, w)
		}
		return -1
	}
	j := s.afterSubject(ws, i+1)
	if j == i+1 {
		return -1
	}
	for j < len(ws) && (fillerWords[ws[j]] || ws[j] == "not" || ws[j] == "ever" || ws[j] == "end" || ws[j] == "up") {
		j++ // "did Trump actually end up…"
	}
	if j+2 < len(ws) && intendVerbs[ws[j]] && ws[j+1] == "to" {
		j += 2 // "does Trump plan to loop in NATO?" asks about looping in
	}
	if j == len(ws) || lightWords[ws[j]] || sayingVerbs[ws[j]] || supportVerbs[ws[j]] {
		return -1
	}
	return verbTermOf(u, ws[j])
}

// passiveVerb returns the index in u.Terms of the participle of a passive yes/no question whose
// subject is names ("was Zelenskiy invited to Anchorage?", "has Zelenskiy been invited…?" →
// invited) and those names, or -1, nil.
func (s *snapshot) passiveVerb(u understanding) (int, []int) {
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || i+2 >= len(ws) || !beForms[ws[i]] && !negatedBe[ws[i]] && ws[i] != "has" && ws[i] != "have" && ws[i] != "had" {
		return -1, nil
	}
	j := s.afterSubject(ws, i+1)
	if j == i+1 || subjectPronouns[ws[i+1]] {
		return -1, nil
	}
	for j < len(ws) && (fillerWords[ws[j]] || ws[j] == "also" || ws[j] == "ever" || ws[j] == "even") {
		j++
	}
	if j < len(ws) && ws[j] == "been" && (ws[i] == "has" || ws[i] == "have" || ws[i] == "had") {
		j++ // "has Zelenskiy been invited…?"
	}
	if j == len(ws) || !strings.HasSuffix(ws[j], "ed") && !verbForms[ws[j]] || lightWords[ws[j]] || supportVerbs[ws[j]] {
		return -1, nil
	}
	v := verbTermOf(u, ws[j])
	if v < 0 {
		return -1, nil
	}
	return v, s.subjectNames(u, i+1)
}

// actsVerb reports whether a sentence tells the verb v (an index in u.Terms) in the active voice
// with one of the question's subject names right before it ("Putin even invited Trump…"): then
// they did it, and a passive question about them ("was Putin invited to Moscow?") is not
// answered. Adverbs between are passed over; a form of "be" before the verb makes it passive.
func (s *snapshot) actsVerb(text string, u understanding, v int, subject []int) bool {
	ws := words(text)
	terms := s.wordTerms(ws)
	for k := range ws {
		if terms[k] != u.Terms[v].Term {
			continue
		}
		j := k - 1
		for j >= 0 && (fillerWords[strings.ToLower(ws[j])] || strings.HasSuffix(strings.ToLower(ws[j]), "ly")) {
			j--
		}
		if j < 0 || beForms[strings.ToLower(ws[j])] || strings.ToLower(ws[j]) == "been" {
			continue
		}
		if slices.ContainsFunc(subject, func(i int) bool { return u.Terms[i].Term == terms[j] }) {
			return true
		}
	}
	return false
}

// verbTermOf returns the index in u.Terms of the term for the verb w (lower case), or -1. A
// phrase the verb opens ("agree on") is not the verb: its related words are the phrase's.
func verbTermOf(u understanding, w string) int {
	return slices.IndexFunc(u.Terms, func(t qterm) bool { return strings.ToLower(t.Surface) == w })
}

// existentialFocus returns the index in u.Terms of the thing a "was there…?" question asks
// exists ("were there any casualties from the drone attacks?" → casualties), or -1. The question
// opens (after fillers) with a form of "be" or "have been" and "there"; determiners and
// quantifiers before the noun are passed over.
func existentialFocus(u understanding) int {
	j, end := existentialPhrase(u.Words)
	if j < 0 {
		return -1
	}
	if numberWords[u.Words[end-1]] && end-1 > j {
		end-- // "a round two" is a round
	}
	return termOf(u, u.Words[end-1])
}

// existentialModifier returns the index in u.Terms of a word before the noun of a "was there…?"
// question's phrase that names a kind of it the report never mentions ("is there an oil deal?"
// → oil, "a new arms control treaty" → arms, "the minerals deal" → minerals), or -1: an everyday
// English word, or a longer one spelling correction left alone (a short typo is left to it),
// that is not an adjective of degree, time or kind (gradeAdjectives: "a new ceasefire", "a final
// deal").
func existentialModifier(u understanding) int {
	j, end := existentialPhrase(u.Words)
	for k := j; k >= 0 && k < end-1; k++ {
		w := u.Words[k]
		if gradeAdjectives[w] {
			continue
		}
		if _, everyday := everydayRank(w); !everyday && utf8.RuneCountInString(w) < minCorrectRunes {
			continue // a short typo is left to spelling
		}
		if t := unknownTerm(u, w); t >= 0 {
			return t
		}
	}
	return -1
}

// gradeAdjectives say how big, how final, how new, how sure or how good a thing is, not what kind
// of thing: before the noun of a "was there…?" phrase they ask nothing the report must mention.
var gradeAdjectives = set(`new final formal official proper full firm clear concrete specific
	lasting permanent temporary possible potential comprehensive broader broad wider general
	complete total partial immediate quick fast early late first second next last other further
	separate private public secret joint direct open good bad great huge small little large
	long short high low whole actual real major big serious true definite definitive binding
	solid signed written genuine meaningful substantive substantial tangible historic durable
	notable significant important successful decisive clear-cut`)

// existentialPhrase returns the bounds [j, end) of the noun phrase whose thing a "was there…?"
// question asks exists (ws: its words, lower case), or -1, -1.
func existentialPhrase(ws []string) (int, int) {
	i := firstWord(ws)
	// "what's the status of the minerals deal?", "any news on a ceasefire?": whether the thing
	// after "status of" exists, as after "is there".
	if k := slices.IndexFunc(ws, func(w string) bool { return statusNouns[w] }); k >= 0 && k+2 < len(ws) &&
		(ws[k+1] == "of" || ws[k+1] == "on" || ws[k+1] == "about") {
		return existentialNoun(ws, k+2)
	}
	if i < 0 || i+2 >= len(ws) || ws[i+1] != "there" {
		return -1, -1
	}
	j := i + 2
	switch ws[i] {
	case "is", "was", "were", "are":
		// "are there going to be new sanctions?"
		if j+2 < len(ws) && ws[j] == "going" && ws[j+1] == "to" && ws[j+2] == "be" {
			j += 3
		} else if j+1 < len(ws) && ws[j] == "gonna" && ws[j+1] == "be" {
			j += 2
		}
	case "has", "have", "had":
		if ws[j] != "been" {
			return -1, -1
		}
		j++
	case "will", "would", "could", "might":
		if ws[j] != "be" { // "will there be a deal?"
			return -1, -1
		}
		j++
	default:
		return -1, -1
	}
	return existentialNoun(ws, j)
}

// existentialNoun returns the bounds [j, end) of the noun phrase from index j of ws on, past
// determiners and fillers, or -1, -1 (see existentialPhrase).
func existentialNoun(ws []string, j int) (int, int) {
	for j < len(ws) && (existentialSkip[ws[j]] || fillerWords[ws[j]] || definites[ws[j]]) {
		j++
	}
	// The noun is the last word of the phrase, before a preposition or the end: "a new
	// ceasefire", "a state dinner", "any casualties from the drone attacks".
	end := nounPhraseEnd(ws, j, 4)
	if end == j || framingNouns[ws[end-1]] {
		return -1, -1 // "is there a list of…", "is there any chance of…" ask about what follows
	}
	return j, end
}

// statusNouns ask where a thing stands ("the status of…", "any news on…").
var statusNouns = set(`status news update updates`)

// nounPhraseEnd returns the end (exclusive) of the noun phrase of at most n words that starts at
// index k of ws (a question's words, lower case): it stops at a function word, a preposition of
// time or place, a determiner (another phrase) or a verb after its noun (see verbAfter).
func nounPhraseEnd(ws []string, k, n int) int {
	end := k
	for end < len(ws) && end < k+n && !phraseEnds[ws[end]] && !nounPhraseEnds[ws[end]] && !definites[ws[end]] &&
		!verbAfter(ws[k:end], ws[end]) {
		end++
	}
	return end
}

// unknownTerm returns the index in u.Terms of the term a question word (lower case) was read
// into (termOf), when the report has neither it nor a word related to it and it weighs
// something, or -1: a thing the question asks about that the report never mentions.
func unknownTerm(u understanding, w string) int {
	if t := termOf(u, w); t >= 0 && !u.Terms[t].Known && u.Terms[t].Weight > 0 && !u.Terms[t].Light {
		return t
	}
	return -1
}

// termOf returns the index in u.Terms of the term a question word (lower case) was read into, as a
// word or as the last word of a phrase ("press conference"), or -1.
func termOf(u understanding, w string) int {
	return slices.IndexFunc(u.Terms, func(t qterm) bool {
		s := strings.ToLower(t.Surface)
		return s == w || strings.HasSuffix(s, " "+w)
	})
}

// nounPhraseEnds end a noun phrase besides phraseEnds: prepositions of time and place and
// adverbs ("were there air raid alerts anywhere during the talks?", "protests outside the venue").
var nounPhraseEnds = set(`during outside inside near after before while when where anywhere somewhere
	everywhere today yesterday tonight then there here again also too either a an behind against
	across among within without under over beyond toward towards`)

// framingNouns after "is there" ask about what follows them ("is there a list of who attended?",
// "any chance of a deal?"), not whether they exist.
var framingNouns = set(`list word news info information update updates sign signs hint hints chance chances
	possibility prospect prospects risk mention indication idea talk talks way record`)

// topicFocus returns the index in u.Terms of the topic a yes/no question asks was raised ("were
// sanctions discussed?", "did they talk about sanctions?" → sanctions), or -1: a form of "be", the
// topic and a verb of raising it, or an auxiliary, a pronoun or names, that verb and the topic.
// Determiners before the topic are passed over, as in existentialFocus.
func (s *snapshot) topicFocus(u understanding) int {
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || i+2 >= len(ws) {
		return -1
	}
	j := -1
	switch {
	case beForms[ws[i]]:
		k := i + 1
		for k < len(ws) && existentialSkip[ws[k]] {
			k++
		}
		// "were sanctions on Russia discussed?": the verb within four words
		if slices.ContainsFunc(ws[min(k+1, len(ws)):min(k+5, len(ws))], func(w string) bool { return topicVerbs[w] }) {
			j = k
		}
	case yesNoAuxiliaries[ws[i]]:
		k := s.afterSubject(ws, i+1)
		for k < len(ws) && (fillerWords[ws[k]] || ws[k] == "ever" || ws[k] == "even") {
			k++
		}
		if k > i+1 && k < len(ws) && topicVerbs[ws[k]] {
			k++
			for k < len(ws) && (ws[k] == "about" || ws[k] == "on" || ws[k] == "up" || existentialSkip[ws[k]]) {
				k++
			}
			j = k
		}
	}
	if j < 0 || j >= len(ws) || j+1 < len(ws) && (ws[j+1] == "and" || ws[j+1] == "or") || subjectPronouns[ws[j]] {
		return -1 // "business and commerce": one of several topics may be the report's; "anyone" asks whom
	}
	return slices.IndexFunc(u.Terms, func(t qterm) bool { return strings.ToLower(t.Surface) == ws[j] })
}

// yesNoObjectThing returns the index in u.Terms of the thing a yes/no question's verb acts on
// ("did NATO put out a statement?" → statement, "did they hold a joint press conference?" →
// press conference, "did Putin give Trump a gift?" → gift), when the report has neither it nor
// a word related to it, or -1: whatever the verb, the report cannot say it was done to a thing
// it never mentions. The thing is the last word of the noun phrase after the verb, its particle
// ("out", "up"), determiners and names (the person given to); nouns that ask for a kind of
// answer are left out, as in unknownHead. Verbs of saying take a clause, and light verbs other
// than objectVerbs ("did they want…", "did it seem…") ask about themselves.
func (s *snapshot) yesNoObjectThing(u understanding) int {
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || !yesNoAuxiliaries[ws[i]] && !beForms[ws[i]] {
		return -1
	}
	k := s.afterSubject(ws, i+1)
	if k == i+1 {
		return -1
	}
	for k < len(ws) && (fillerWords[ws[k]] || ws[k] == "not" || ws[k] == "ever") {
		k++
	}
	if beForms[ws[i]] && (k == len(ws) || !strings.HasSuffix(ws[k], "ing") || len(ws[k]) < 6) {
		return -1 // "is Trump threatening new tariffs?": a form of "be" asks about a thing only before a verb in -ing
	}
	if k == len(ws) || sayingVerbs[ws[k]] || beForms[ws[k]] || lightWords[ws[k]] && !objectVerbs[ws[k]] {
		return -1
	}
	k++
	n := 3
	if k < len(ws) && verbPrepositions[ws[k]] && !(ws[k] == "to" && modalVerbs[ws[k-1]]) {
		k, n = k+1, 4 // "did they agree to lift sanctions?", "…on a new arms control treaty?"
	}
	for k < len(ws) && (particles[ws[k]] || existentialSkip[ws[k]] || definites[ws[k]] || s.wordIsName(bareWord(ws[k]))) {
		k++ // "did Putin give Trump a gift?": the thing given
	}
	end := nounPhraseEnd(ws, k, n)
	if c := slices.IndexFunc(ws[k:end], func(w string) bool { return w == "and" || w == "or" }); c >= 0 && k+c+1 < len(ws) &&
		(lightWords[ws[k+c+1]] || yesNoAuxiliaries[ws[k+c+1]]) {
		end = k + c // "have lunch together or was it…": a clause follows, not another thing
	}
	if end+1 < len(ws) && (ws[end] == "and" || ws[end] == "or") && !objectVerbs[ws[end+1]] && !lightWords[ws[end+1]] {
		return -1 // one of several things may be the report's; "… and take questions" is a clause
	}
	for end > k && (lightWords[ws[end-1]] || fillerWords[ws[end-1]] || particles[ws[end-1]]) {
		end-- // "have dinner together", "take Rubio along"
	}
	if end == k {
		return -1
	}
	head := ws[end-1]
	if answerNouns[head] || answerNouns[singular(head)] || framingNouns[head] || subjectPronouns[head] {
		return -1 // "did Putin bring anyone?" asks whom
	}
	if statementNouns[head] && speakerNouns[ws[s.afterSubject(ws, i+1)-1]] {
		return -1 // "did Czech officials issue a statement?" asks what the statement check reads
	}
	return unknownTerm(u, head)
}

// statementNouns name something said ("issue a statement").
var statementNouns = set(`statement statements comment comments remark remarks response reaction`)

// copularLabel returns the index in u.Terms of the noun a yes/no question asks whether someone is
// ("is Putin a war criminal?" → criminal, "was Witkoff a mediator?"), when the report never uses
// it or a word related to it; else -1. The subject is a person or a group of them (afterSubject),
// the noun follows "a" or "an" and asks no relation ("a party to the talks"): "was it a success?",
// "is Anchorage a city in Alaska?" and "is Ushakov the adviser?" are left to the search.
func (s *snapshot) copularLabel(u understanding) int {
	if e := s.predicateWord(u); e >= 0 {
		return e
	}
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || !beForms[ws[i]] {
		return -1
	}
	k := s.afterSubject(ws, i+1)
	if k == i+1 || k >= len(ws) || ws[k] != "a" && ws[k] != "an" {
		return -1
	}
	// A person ("is Putin a…") or a group of them ("were Czech officials a…"), not a place ("is
	// Anchorage a city in Alaska?").
	if !speakerNouns[ws[k-1]] && !slices.ContainsFunc(ws[i+1:k], func(w string) bool { return s.wordIsPerson(bareWord(w)) }) {
		return -1
	}
	end := nounPhraseEnd(ws, k+1, 3)
	if end == k+1 || end < len(ws) && relationalPrepositions[ws[end]] {
		return -1 // "a source of criticism", "a party to the talks": asks about what follows
	}
	return unknownTerm(u, ws[end-1])
}

// relationalPrepositions after a noun make it a relation to what follows ("a member of NATO").
var relationalPrepositions = set(`of to for in`)

// objectVerbs are the light and support verbs whose object is what a question asks about
// (yesNoObjectThing), in the forms that follow an auxiliary ("did they make…", "has Putin
// made…"). "Need", "want" and the like ask about the wanting: "does Trump need NATO's input?"
// is answered by "consultation with NATO … is needed".
var objectVerbs = set(`make made take took taken have had give gave given get got gotten put hold held
	reach reached set do done`)

// verbPrepositions come between a verb and what it acts on ("agree to", "agree on", "talk
// about"); after "to" the thing may be the object of a second verb ("agree to lift sanctions").
var verbPrepositions = set(`to on about upon`)

// modalVerbs before "to" say must or may ("does Trump have to run it by NATO?", "did they get to
// discuss trade?"): the verb after "to" is the question's own.
var modalVerbs = set(`have has had got get gotten`)

// particles complete a phrasal verb ("put out", "give up").
var particles = set(`out up off down away back over on along around`)

// topicVerbs raise a topic in talks ("was trade discussed?", "did they talk about trade?").
var topicVerbs = set(`discuss discussed discussing talk talked talking mention mentioned raise raised
	cover covered address addressed touch touched bring brought`)

// existentialSkip come between "was there" and the noun ("were there any real casualties").
var existentialSkip = set(`any a an some many much no more real actual major big serious`)

// plannedVisit returns the place a past yes/no question asks whether someone went to ("did
// Trump end up going to Moscow?" → Moscow), as the report spells it, when every sentence of the
// report that names the place tells of it only as a plan: after a word of inviting, hoping or
// arranging ("Putin even invited Trump to Moscow for the “next round”"). Otherwise "". A question
// that itself asks about the plan ("did Putin ask Trump to come to Moscow?", "did Trump accept
// the invitation to go to Moscow?") is left to the other checks.
func (s *snapshot) plannedVisit(u understanding) string {
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || !pastAuxiliaries[ws[i]] {
		return ""
	}
	for m := i + 1; m+1 < len(ws); m++ {
		if planWords[ws[m]] {
			return ""
		}
		if !motionVerbs[ws[m]] {
			continue
		}
		k := m + 1
		for k < len(ws) && (ws[k] == "back" || ws[k] == "over" || ws[k] == "all" || ws[k] == "the" || ws[k] == "way") {
			k++
		}
		at := k + 1 // the place: after "to", or right after "visit" ("has Trump visited Moscow?")
		if strings.HasPrefix(ws[m], "visit") && ws[k] != "to" {
			at = k
		} else if k+1 >= len(ws) || ws[k] != "to" {
			return ""
		}
		if at >= len(ws) {
			return ""
		}
		t := termOf(u, bareWord(ws[at]))
		if t < 0 || !s.isName(u.Terms[t].Term) || s.isPerson(u.Terms[t].Term) {
			return ""
		}
		place := strings.ToLower(s.spell([]string{u.Terms[t].Term}))
		mentions, all := s.passagesWith(u.Terms[t].Term, maxMentions)
		if !all || len(mentions) == 0 {
			return ""
		}
		for _, e := range mentions {
			ew := words(strings.ToLower(e.Text))
			if at := slices.Index(ew, place); at < 0 || !slices.ContainsFunc(ew[:at], func(w string) bool { return planWords[w] }) {
				return "" // "met in Anchorage": the report tells it as an event
			}
		}
		return s.spell([]string{u.Terms[t].Term})
	}
	return ""
}

// negatedBe are the negated forms of "be" that open a yes/no question ("wasn't Zelenskiy
// invited?" asks what "was Zelenskiy invited?" asks).
var negatedBe = set(`wasn't wasnt weren't werent isn't isnt aren't arent`)

// pastAuxiliaries open a question about what happened ("did…", "has…").
var pastAuxiliaries = set(`did didnt didn't has hasnt hasn't have havent haven't had`)

// motionVerbs tell of going somewhere, in the forms that follow an auxiliary.
var motionVerbs = set(`go going gone travel traveled travelled fly flown visit visited come head headed been`)

// planWords tell of a plan, not of an event: "invited Trump to Moscow", "hoped to arrange".
var planWords = set(`invite invited invites invitation invitations hoped hope hopes plan plans planned
	arrange arranged propose proposed offer offered expected ask asked accept accepted`)

// topicVerb returns the index in u.Terms of the one word a what-question asks about besides the
// report's topic ("what did they eat at the summit?" → eat, "what did Putin wear?" → wear), when
// the report has neither it nor a word related to it and it is no name, or -1: everything else
// the question says is the report's topic (its title's words, words for its event, light
// words), so that word alone is what is asked. With several reports there is no one topic.
func (s *snapshot) topicVerb(u understanding) int {
	if u.Intent != IntentNone || len(s.corpus.Reports) != 1 || len(u.Actor) > 0 { // "what did Trump say once the meeting began?" asks a statement
		return -1
	}
	if i := firstWord(u.Words); i < 0 || questionWord(u.Words[i]) != "what" {
		return -1
	}
	asked := -1
	rest := u
	rest.Terms = nil
	for i, t := range u.Terms {
		if t.Weight > 0 && !t.Known && !t.Light && !t.Specific {
			if asked >= 0 {
				return -1 // two unknown words: the other checks read them
			}
			asked = i
			continue
		}
		rest.Terms = append(rest.Terms, t)
	}
	if asked < 0 || !s.onlyTopicWords(rest, s.corpus.Reports[0].ID, true) {
		return -1
	}
	return asked
}

// whoVerb returns the index in u.Terms of the verb of a who-question that asks for its subject
// ("who leaked the concessions?" → leaked), when the report has neither it nor a word related to
// it, or -1: the verb is what the answer must tell of someone, however much of the rest the
// report has ("who paid for hosting the summit?"). Everyday verbs the report says another way
// are in the variants table ("who celebrated the summit as a win?" → viewed … as a win).
// Auxiliaries, forms of "be" and light verbs ("who was…", "who did…", "who made…") ask about
// what follows them.
func whoVerb(u understanding) int {
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || i+1 >= len(ws) || ws[i] != "who" {
		return -1
	}
	w := ws[i+1]
	if yesNoAuxiliaries[w] || beForms[w] || lightWords[w] || objectVerbs[w] || sayingVerbs[w] ||
		phraseEnds[w] || nounPhraseEnds[w] || fillerWords[w] || detailWords[w] { // "who besides Rubio…"
		return -1
	}
	if (w == "served" || w == "serves" || w == "acted" || w == "acts") && i+2 < len(ws) && ws[i+2] == "as" {
		// "who served as interpreter?" asks who was one: the role is what is asked
		k := i + 3
		for k < len(ws) && (articles[ws[k]] || !contentWord(ws[k])) {
			k++
		}
		for k+1 < len(ws) && termOf(u, ws[k]) >= 0 && termOf(u, ws[k+1]) >= 0 && !phraseEnds[ws[k+1]] && !nounPhraseEnds[ws[k+1]] {
			k++ // "the American special envoy": the noun is the last word
		}
		if k < len(ws) {
			return unknownTerm(u, ws[k])
		}
		return -1
	}
	t := unknownTerm(u, w)
	if t < 0 || u.Terms[t].Specific {
		return -1
	}
	return t
}

// intendVerbs before "to" tell what someone means to do, which is what a question asks about.
var intendVerbs = set(`plan plans planning intend intends mean means`)

// subjectEnd returns the index after the subject that starts at ws[j]: one of names or pronouns
// (afterSubject), else one with "the" ("the war in Ukraine", definiteSubjectEnd), else j.
func (s *snapshot) subjectEnd(ws []string, j int) int {
	if k := s.afterSubject(ws, j); k != j {
		return k
	}
	if k := definiteSubjectEnd(ws, j); k >= 0 {
		return k
	}
	return j
}

// definiteSubjectEnd returns the index after a subject of "the", one noun and at most one place
// after "in" or "of" ("the war in Ukraine", "the fighting"), that starts at ws[j], or -1 when ws[j:]
// opens with no such subject or nothing follows it.
func definiteSubjectEnd(ws []string, j int) int {
	if j+2 >= len(ws) || ws[j] != "the" || !contentWord(ws[j+1]) {
		return -1
	}
	k := j + 2
	if k+2 < len(ws) && (ws[k] == "in" || ws[k] == "of") && isPlace(bareWord(ws[k+1])) {
		k += 2
	}
	return k
}

// planParticiples before "to" tell of a plan, not of what happened ("supposed to happen").
var planParticiples = set(`supposed expected scheduled planned slated set due meant intended going`)

// whenVerb returns the index in u.Terms of the verb a when-question asks the time of ("when was
// the summit first announced?" → announced, "when did Trump arrive?" → arrive), when the report
// has neither it nor a word related to it and it is no name, or -1: the report cannot
// date what it never tells. After a form of "be" the verb is the first word in -ed or -ing within five
// words.
func (s *snapshot) whenVerb(u understanding) int {
	ws := u.Words
	i := firstWord(ws)
	if i < 0 || i+2 >= len(ws) || ws[i] != "when" {
		return -1
	}
	k := -1
	switch ws[i+1] {
	case "did", "does", "do", "will", "would":
		if k = s.subjectEnd(ws, i+2); k == i+2 {
			k = -1 // no subject read
		}
	case "was", "were", "is", "are":
		k = slices.IndexFunc(ws[i+2:min(len(ws), i+7)], func(w string) bool { return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") })
		if k >= 0 {
			k += i + 2
		}
	}
	for k >= 0 && k < len(ws) && (fillerWords[ws[k]] || ws[k] == "first" || ws[k] == "finally") {
		k++
	}
	if k < 0 || k >= len(ws) || planParticiples[ws[k]] {
		return -1 // "when is the follow-up meeting supposed to happen?" asks of a plan
	}
	t := unknownTerm(u, ws[k])
	if _, everyday := everydayRank(ws[k]); t >= 0 && !everyday && u.Terms[t].Specific {
		return -1 // a name the name checks read
	}
	return t
}
