package index

import (
	"strings"
	"testing"
)

// portReport is a small report, unlike the summit's, for the checks in detail.go.
const portReport = "---\ntitle: \"Port Strike in Bergen\"\ndate: 2024-03-02\n---\n" +
	"Dock workers in Bergen ended a strike, their first walkout since 2011.\n" +
	"Demands\n" +
	"The union discussed wages, pensions, night shifts and safety rules. " +
	"The employers offered an agreement on wages.\n" +
	"Leaders\n" +
	"Union chief Nils Larsen spoke after the vote. He called the offer fair.\n" +
	"History\n" +
	"In 2008 the dock workers struck for two weeks over pensions."

// TestReferenceYear: a year the report gives only as a point of reference ("since 2011") says
// nothing about what happened in it; a year the report describes, or its own, is answered.
func TestReferenceYear(t *testing.T) {
	ix := reportIndex(t, "port.txt", portReport)
	res := mustSearch(t, ix, Request{Text: "what happened during the 2011 walkout?"})
	if res.Answered || !strings.Contains(res.Reason, "2011") {
		t.Errorf("2011 is only a reference point: answered %v, reason %q", res.Answered, res.Reason)
	}
	wantRefused(t, ix, "where did the dock workers strike in 2011?")
	wantAnswered(t, ix,
		"was this the first walkout since 2011?",             // counts from it
		"how long since their 2011 walkout?",                 // likewise
		"how many years has it been since the 2011 walkout?", // likewise
		"what has changed since the 2011 walkout?",           // counts from it too
		"tell me about 2011",                                 // no wh-question: the mention is the answer
		"did the dock workers strike in 2011?",               // yes or no: the mention answers it
		"what did the dock workers strike over in 2008?",     // described
		"what did the dock workers in Bergen end in 2024?",   // the report's own year
	)
	// A yes/no question about the year's event asks more than whether it took place.
	summit := newIndex(t)
	wantRefused(t, summit, "was Lavrov on Putin's team at the 2019 summit?", "was the Anchorage summit shorter than their 2019 meeting?")
	wantAnswered(t, summit, "did they meet in 2019?", "was Anchorage the first Trump-Putin summit since 2019?")
}

// TestAsksDetail: "exactly", "specific" and the like ask for a detail, which only a sentence
// about all of the question gives; one that shares its subject does not.
func TestAsksDetail(t *testing.T) {
	ix := reportIndex(t, "port.txt", portReport)
	wantAnswered(t, ix, "what did the union agree about night shifts?") // the section matches both
	// "Details" asks for an account, not for one detail.
	wantAnswered(t, ix, "details about the union and what the employers offered?")
	// A heading match is no sentence match.
	headed := reportIndex(t, "port.txt", "Wage Agreement\n"+
		"The union discussed wages, pensions and night shifts. The employers offered more on wages.")
	wantRefused(t, headed, "what exactly did they agree about night shifts?")
	wantRefused(t, ix,
		"what exactly did the union agree about night shifts?", // no sentence has both
		"what exactly did the employers offer on pensions?",    // pensions are in the other sentence
	)
	wantAnswered(t, ix,
		"what exactly did the employers offer on wages?",
		"what exactly did Larsen say about the offer?",     // a detail word does not hide the speaker
		"what was the exact date of the strike?",           // the report's date
		"what exactly did the dock workers in Bergen end?", // the title's words name the event
		// "he" in the second sentence is the Larsen of the first
		"what exactly did Larsen call the offer?",
		// everyday words the report lacks ask nothing particular
		"what specifically did the employers offer on wages behind closed doors?",
	)
}

// TestPronounQuote: a quote that opens with a pronoun starts from the sentence before it.
func TestPronounQuote(t *testing.T) {
	ix := reportIndex(t, "port.txt", portReport)
	res := mustSearch(t, ix, Request{Text: "was the offer fair?"})
	if !res.Answered {
		t.Fatalf("refused: %s", res.Reason)
	}
	p := res.Passages[0]
	if p.Heading != "Leaders" || !strings.HasPrefix(p.Text, "Union chief Nils Larsen") {
		t.Errorf("quote = %s: %q, want it to start from the sentence naming Larsen", p.Heading, p.Text)
	}
}

// TestFigurativeSpeaker: "what does the strike say about…" asks a statement of a thing, which
// speaks only as a figure of speech: a sentence where it is the subject of a verb of saying comes
// first, and without one the question is answered as any other.
func TestFigurativeSpeaker(t *testing.T) {
	ix := reportIndex(t, "port.txt", "Effects\n"+
		"During the strike the gap between pay and prices grew.\n"+
		"Union\n"+
		"The union said the gap between pay and prices was unfair.")
	wantFirst(t, ix, "Effects", "what does the strike say about the gap between pay and prices?")
	// The last word of the phrase is what speaks: "the union's mood" is a thing.
	wantAnswered(t, ix, "what does the union's mood say about the gap between pay and prices?")
	// So is an act: a gerund opens the phrase.
	wantFirst(t, newIndex(t), "Summit Delegations", "what does bringing Lavrov and Ushakov say about the summit?",
		"what does the make-up of the delegations tell us about the event?") // a compound of light words
	// A speaker the report never mentions is still refused, and one it mentions is held to what
	// they said.
	wantRefused(t, ix, "what did the mayor say about the gap between pay and prices?")
	wantFirst(t, ix, "Union", "what did the union say about the gap between pay and prices?")
	// People at large, however spelt, are no one the report must name.
	wantAnswered(t, ix, "what did ppl say about the gap between pay and prices?")
}

// TestActorHead: the word of a phrase that speaks.
func TestActorHead(t *testing.T) {
	tests := map[string]string{
		"what does the choice of delegation members suggest": "choice",
		"what did the head of nato say":                      "head",
		"what did putin's team say":                          "team",
		"what does rubio's presence say":                     "presence",
		"what did nato officially say":                       "nato",
	}
	for q, want := range tests {
		if _, got := speechActor(words(q)); got != want {
			t.Errorf("speechActor(%q) head = %q, want %q", q, got, want)
		}
	}
}

// TestPronounAttribution: "He called the offer fair", after a sentence naming Larsen, is Larsen's
// statement.
func TestPronounAttribution(t *testing.T) {
	ix := reportIndex(t, "port.txt", portReport)
	res := mustSearch(t, ix, Request{Text: "what did Larsen call the offer?"})
	if !res.Answered || res.Passages[0].Heading != "Leaders" || !strings.Contains(res.Passages[0].Text, "He called") {
		t.Errorf("answered %v (%s), passages %+v: want Larsen's statement", res.Answered, res.Reason, res.Passages)
	}
	wantRefused(t, ix, "what did the mayor call the offer?") // a speaker the report never mentions
}

// TestDuringEvent: a question placed during the event is answered by the section that places
// what it asks in that time, not by those that match only the words of the phrase.
func TestDuringEvent(t *testing.T) {
	for q, want := range map[string]string{
		"did the fighting stop while they were meeting?":                          "while they were meeting",
		"was there violence during the summit":                                    "during the summit",
		"did the shooting pause while the two presidents were meeting?":           "while the two presidents were meeting", // five words
		"did they meet while in alaska?":                                          "",
		"what happened while trump was in town?":                                  "",
		"did anyone call out putin for attacking while supposedly talking peace?": "", // how, not when
	} {
		if got := strings.Join(duringPhrase(words(q)), " "); got != want {
			t.Errorf("duringPhrase(%q) = %q, want %q", q, got, want)
		}
	}
	wantFirst(t, newIndex(t), "Ongoing Conflict on the Ground", "did the shooting stop while the two leaders talked?")
}

// TestAfterPhrase: the words that place a question after the report's event.
func TestAfterPhrase(t *testing.T) {
	tests := map[string]string{
		"did zelenskiy call trump after the summit ended":   "after the summit ended",
		"once the talks were over what did they do":         "once the talks were over",
		"did the europeans respond afterwards":              "afterwards",
		"is the war over after this":                        "after this",
		"what did they agree after long hours":              "",
		"did the fighting go on after the election":         "",
		"what did trump say once the meeting began":         "", // during, not after
		"did they meet again after anchorage":               "after anchorage",
		"how many years had passed since their last summit": "", // counts from an earlier one
		"in the days following the summit did he call":      "following the summit",
		"did zelenskiy call trump after the summit's end":   "after the summit's end",
		"post-summit did trump call zelenskiy":              "post-summit",
		"has putin called trump since the summit":           "since the summit",
		"their first summit since 2019":                     "",
	}
	for q, want := range tests {
		if got := strings.Join(afterPhrase(words(q)), " "); got != want {
			t.Errorf("afterPhrase(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestAfterTheEvent: the report tells the summit and what was said of it, not what anyone did
// later; a question about later is answered only by a section that matches what it asks.
func TestAfterTheEvent(t *testing.T) {
	ix := newIndex(t)
	wantRefused(t, ix,
		"did zelenskiy phone trump after the summit?",
		"did putin brief lavrov after the summit?",
		"did the europeans call trump after the talks?",
		"did trump speak with nato after the summit ended?",
		// Nothing asked but who: answered only by what the section attributes to them.
		"What did Putin do afterwards?", "What did Rubio do after the summit?",
		// A word of time says when, not what happened.
		"When did Zelenskiy next meet Trump after Anchorage?",
		// a noun of time is still what is asked
		"did they set a date after the summit?",
		// "eventually" is afterwards too
		"did the leaders eventually talk to zelenskiy?",
		// "after" ending the question is "afterwards".
		"did zelenskiy talk to trump on the phone after",
		// A stance in the present perfect is no reaction after the event.
		"what did zelenskiy say once the summit was over?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "what did trump say after the summit?",
		"What did Trump say once the meeting began?")
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "did the fighting continue after the summit?",
		"did the attacks stop once the talks ended?")
	wantFirst(t, ix, "International Reactions and Concerns", "how did people feel after the talks ended?",
		"what did the czech government say after the summit?")
	// The section that matches what is asked comes first, among those quoted.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "what did the two sides agree on after the meeting?")
	wantAnswered(t, ix, "how did trump describe the talks afterwards?", "what happened after the summit?",
		"did they plan to meet again after anchorage?")
	// A question of what is to come asks the plans the report tells, when it asks something
	// besides the report's topic; "what will Putin do after…" asks nothing of them.
	wantFirst(t, ix, "Plans for Future Talks", "What comes next after the Anchorage summit?",
		"will trump visit moscow after the summit?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "trump gonna talk to zelensky and nato after?")
	wantReason(t, ix, "what will putin do after the summit", afterReason)
	// A sentence that places what it tells during the event says nothing of after it.
	port := reportIndex(t, "port.txt", "Port\nWhile the council meeting took place, the ferry strike went on.")
	wantRefused(t, port, "did the ferry strike get worse after the meeting?")
	wantAnswered(t, port, "did the ferry strike go on during the meeting?")
}

// TestUnidentified: a what- or which-question about something the report mentions without
// saying which is refused with what it does mention; one the report identifies is answered.
func TestUnidentified(t *testing.T) {
	ix := newIndex(t)
	for _, q := range []string{"what was the one big issue they couldn't agree on?",
		"what was the one big issue which they couldn't agree on?", // a relative "which" asks nothing
		"what was the remaining issue they couldn't agree on?"} {   // "remaining" after "the": an adjective
		wantReason(t, ix, q, "The report mentions one “most significant” issue but does not say which.")
	}
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "what kinda attacks were reported in russian held areas", // a kind: "drone attacks"
		"Besides drones, what other warnings were there in eastern Ukraine?") // another word's kind: "air raid alerts"
	wantReason(t, ix, "which other issue remained unresolved?", "The report mentions one “most significant” issue but does not say which.")
	// The mention names the thing its word modifies: "drone attacks", not "drone".
	wantReason(t, ix, "Which drones were used in the attacks?", "The report mentions drone attacks but does not say which.")
	wantReason(t, reportIndex(t, "c3.txt", "News\nA drone strikes the city every night."), "what drone was it?",
		"The report mentions A drone but does not say which.") // "strikes the city": a verb
	// A question not asked of the counted thing is answered, with a note when the sentence does
	// not say which: "what were the issues?" is not asked of "one issue", "what was the
	// skepticism about?" of no counted one; "remained unresolved" names no thing.
	for q, note := range map[string]string{
		"what were the issues?":          "The report mentions one “most significant” issue but does not say which.",
		"what was the skepticism about?": "The report mentions skepticism but does not say which.",
		"what were the timelines?":       "The report mentions timelines but does not say which.", // "though" is no modifier
		"what is unresolved?":            "",
	} {
		if res := mustSearch(t, ix, Request{Text: q}); !res.Answered || res.Note != note {
			t.Errorf("%q: answered %v (%s), note %q, want %q", q, res.Answered, res.Reason, res.Note, note)
		}
	}
	for _, q := range []string{
		"what issues did they discuss?",                     // "a wide range of issues, including…"
		"what meeting did Trump hope to arrange?",           // "a three-way meeting with…"
		"which proposal has Zelenskiy firmly rejected?",     // "any proposal involving…"
		"what Ukrainian president rejected giving up land?", // "involving giving": no "a giving"
		"what was said about the Arctic?",                   // a verb, not a thing; "a deal,” saying"
		"What ceasefire was agreed?",                        // "without a ceasefire": there was none
		"What binding commitments were made?",               // "without … any binding commitments"
		"What range of issues did they cover?",              // "a wide range of issues, including…"
		"What was the diplomatic win for Russia?",           // "viewed … as a diplomatic win"
		"who was in Putin's delegation?",
		"which allies were skeptical?",                    // "European allies": the report says which
		"which regions reported drone attacks?",           // "Russian-held regions"
		"what are the european allies scared of exactly?", // the noun phrase is the subject
		"Which two leaders met in Alaska?",                // "did not meet" is no mention of "met"
		"which two presidents took part in this summit?",  // "President Zelenskiy": named
	} {
		if res := mustSearch(t, ix, Request{Text: q}); !res.Answered || res.Note != "" {
			t.Errorf("%q: answered %v, note %q, want an answer without a note", q, res.Answered, res.Note)
		}
	}
}

// TestFeelingSubject: "what were the allies afraid of?" asks what they feared; the allies are its
// subject, not a thing asked to be identified.
func TestFeelingSubject(t *testing.T) {
	res := mustSearch(t, newIndex(t), Request{Text: "what exactly were the european allies afraid of?"})
	if !res.Answered || res.Passages[0].Heading != "International Reactions and Concerns" || res.Note != "" {
		t.Errorf("afraid of: answered %v, note %q, reason %q, %+v", res.Answered, res.Note, res.Reason, res.Passages)
	}
}

// TestWhichOfABareMention: a which-question (or one asking exactly which) is refused when the
// report mentions the thing only in the question's own words, without a determiner ("giving up
// Ukrainian territory"), or as one of some ("one “most significant” issue").
func TestWhichOfABareMention(t *testing.T) {
	ix := newIndex(t)
	for q, want := range map[string]string{
		"which territory does russia want ukraine to hand over?":          "The report mentions Ukrainian territory but does not say which.",
		"which points did the two leaders agree on?":                      "The report mentions many points but does not say which.",                  // "of agreement" says what kind
		"what unresolved issue remained?":                                 "The report mentions one “most significant” issue but does not say which.", // an adjective in -ed
		"what land would ukraine have to hand over?":                      "The report mentions Ukrainian territory but does not say which.",          // a related word
		"Which particular Russian-held regions reported drone attacks?":   "The report mentions Russian-held regions but does not say which.",
		"which european allies were skeptical?":                           "The report mentions European allies but does not say which.",
		"Which Russian-held regions reported drone attacks?":              "The report mentions Russian-held regions but does not say which.", // "held" is not searched in a where-question
		"What territory did Russia want Ukraine to give up?":              "The report mentions Ukrainian territory but does not say which.",  // "what" before the noun asks which
		"which remaining issue was unresolved?":                           "The report mentions one “most significant” issue but does not say which.",
		"Which specific concessions did Europeans fear Trump might make?": "The report mentions secret concessions but does not say which.",
		"what exactly was the one big issue they couldn't agree on?":      "The report mentions one “most significant” issue but does not say which.",
		"which russian held regions got hit by drones":                    "The report mentions Russian-held regions but does not say which.", // the report's hyphen
	} {
		wantReason(t, ix, q, want)
	}
	// A modifier the question lacks says what kind: "a peace deal" answers "what kind of deal".
	wantFirst(t, ix, "Overview", "What kind of deal did the leaders hope for?")
	wantReason(t, ix, "which deal did they hope for?", "The report mentions a peace deal but does not say which.")
	// A related verb is no mention of the thing: "was joined by" names the members.
	wantFirst(t, ix, "Summit Delegations", "which members of the us team came?")
}

// TestBetweenPeople: a report that lists two people together says nothing of what passed between
// them; what it does say of them is answered.
func TestBetweenPeople(t *testing.T) {
	ix := newIndex(t)
	res := mustSearch(t, ix, Request{Text: "what did Witkoff and Ushakov discuss?"})
	if res.Answered || !strings.Contains(res.Reason, "not what passed between them") {
		t.Errorf("answered %v, reason %q: want a refusal naming both", res.Answered, res.Reason)
	}
	wantRefused(t, ix, "did Rubio meet Lavrov in private?")
	wantReason(t, ix, "did Rubio meet Lavrov separately?", "The report names Rubio and Lavrov, but not what passed between them.") // "separately" asks nothing more
	// Names as the report spells them; a full name is one person.
	if res := mustSearch(t, ix, Request{Text: "Did Rubbio and Lavrof meet?"}); res.Answered || !strings.Contains(res.Reason, "names Rubio and Lavrov,") {
		t.Errorf("answered %v, reason %q: want the report's spellings", res.Answered, res.Reason)
	}
	wantFirst(t, ix, "Summit Delegations", "Which post does Sergei Lavrov hold?")
	wantFirst(t, ix, "Summit Delegations", "did rubio and witkoff accompany trump to alaska?",
		"were lavrov and ushakov part of putin's team?", "who are rubio and witkoff?")
}

// TestListedOnly: a list names its items and says nothing more of them.
func TestListedOnly(t *testing.T) {
	ix := newIndex(t)
	res := mustSearch(t, ix, Request{Text: "did they make progress on trade?"})
	if res.Answered || !strings.Contains(res.Reason, "“trade” only in a list") {
		t.Errorf("answered %v, reason %q: want a refusal naming the listed word", res.Answered, res.Reason)
	}
	wantRefused(t, ix, "what was decided on trade?", "which tariffs on trade were discussed?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "did they talk about trade?",
		"was space cooperation on the agenda?", "what topics came up?", "was the arctic part of the agenda?",
		"did trade come up at all?", "was the arctic on the table?")
	// Which of a listed item's issues: more than the list says, for a named place as well.
	wantReason(t, ix, "which arctic issues did they get into?", "The report names “arctic” only in a list and says nothing more about it.")
	wantRefused(t, ix, "what particular trade topics were on the table?")
	// Ukraine is named outside the list elsewhere in the report: its issues are told.
	wantAnswered(t, ix, "which ukraine issues were discussed?")
}

// TestWhyNeedsAReason: a why-question is answered by a sentence that gives a reason, quoted even
// when it scores below the sentence that states the fact; one that only states the fact is no
// answer.
func TestWhyNeedsAReason(t *testing.T) {
	ix := newIndex(t)
	wantRefused(t, ix, "Why wasn't Zelenskiy invited to Anchorage?", "why is the three-way meeting unlikely?",
		"why did trump leave early?") // "…leaves doubts": the question's own word is no reason
	text := "The lack of clear steps forward leaves doubts."
	if i := strings.Index(text, "leaves"); givesReason(text, [][2]int{{i, i + len("leaves")}}, false) {
		t.Errorf("givesReason(%q) with “leaves” matched: true, want false", text)
	}
	wantFirst(t, ix, "International Reactions and Concerns", "why were european allies skeptical?")
	res := mustSearch(t, ix, Request{Text: "why did they meet up in the first place?"})
	if !res.Answered || res.Passages[0].Heading != "Overview" || !strings.Contains(res.Passages[0].Text, "aimed to discuss") {
		t.Errorf("why did they meet: %+v (%s), want the Overview's aim quoted", res.Passages, res.Reason)
	}
	wantRefused(t, ix, "why was the summit described as productive?") // a label, not a cause
	// The reason must be about the named subject: Russia's view is no reason for the choice of
	// Anchorage. "The leaders" after the sentence that names them are Trump and Putin.
	wantRefused(t, ix, "why was Anchorage selected as the setting?")
	wantFirst(t, ix, "International Reactions and Concerns", "why did Russia see the summit as a win?")
	wantFirst(t, ix, "Overview", "why did Trump and Putin meet?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "why is there no deal yet?", "why didnt they reach an agreement")
	// An effect verb gives a reason only for a matched word after it: "leaves doubts" for the
	// uncertainty, not for a ceasefire it does not name.
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "why is ukraine's situation still uncertain after the summit?")
	wantRefused(t, ix, "how come there was no ceasefire?")
	if givesReason("The lack of clear steps forward leaves doubts.", nil, false) {
		t.Error("givesReason with nothing matched: an effect verb gave a reason")
	}
	wantRefused(t, ix, "why wasn't Zelenskiy invited to Anchorage?", "why did trump want to talk to nato?")
	// "matter" asks what the delegations signified; "makeup" is their lineup (everyday.txt).
	wantFirst(t, ix, "Summit Delegations", "why did the makeup of the delegations matter?")
	// An effect verb gives a reason for what follows it, or for what it signified, not for its
	// subject.
	for _, c := range []struct {
		text, match  string
		significance bool
		want         bool
	}{
		{"The violence highlighted the challenges.", "violence", false, false},
		{"The violence highlighted the challenges.", "violence", true, true},
		{"The violence highlighted the challenges.", "challenges", false, true},
		{"Czech officials noted that the attacks contradicted any intention.", "attacks", false, false},
		{"Czech officials noted that the attacks contradicted any intention.", "Czech", false, true},
		// A need is a reason for a thing outside its own clause, not for a name.
		{"He said “no deal yet,” saying consultation with Larsen is needed.", "deal", false, true},
		{"He said “no deal yet,” saying consultation with Larsen is needed.", "Larsen", false, false},
		{"He said “no deal yet,” saying consultation with Larsen is needed.", "consultation", false, false},
	} {
		i := strings.Index(c.text, c.match)
		if got := givesReason(c.text, [][2]int{{i, i + len(c.match)}}, c.significance); got != c.want {
			t.Errorf("givesReason(%q) with %q matched, significance %v: %v, want %v", c.text, c.match, c.significance, got, c.want)
		}
	}
	for text, want := range map[string]bool{
		"Observers described the talks as productive.":                                          false,
		"Russia viewed the invitation as a win.":                                                true,
		"European allies expressed skepticism, fearing the summit might result in concessions.": true,
		"They met in Anchorage, marking their first summit since 2019.":                         false,
		"Talks have continued since the ceasefire collapsed.":                                   true,
	} {
		if got := givesReason(text, nil, false); got != want {
			t.Errorf("givesReason(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestYesNoVerb: a yes/no question is answered by a section that has the verb it asks about (or a
// word the variants table relates to it), brought first when it is among those quoted; a verb the
// report has elsewhere, but not there, is refused.
func TestYesNoVerb(t *testing.T) {
	ix := newIndex(t)
	wantRefused(t, ix, "did trump accept putin's invitation to moscow?",
		"did witkoff meet putin in moscow before the summit?") // the section that says "met" names no Witkoff
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "did they agree to stop the shooting?")
	// What-questions ask about their verb too.
	wantRefused(t, ix, "what did the czech officials reject?")
	wantFirst(t, ix, "International Reactions and Concerns", "what did the european allies express?")
	wantFirst(t, ix, "Plans for Future Talks", "did putin invite trump to moscow?", "did they set a timeline for more talks?",
		"did they set a date?") // "set" is light: not "the US setting"
	// So does the thing a "was there" question asks about ("Talks Yield Progress", not "steps
	// forward"), unless it is the title's word, which is everywhere.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "was there any progress?")
	wantFirst(t, ix, "Plans for Future Talks", "is there gonna be another summit?")
	// The verb itself, in a section's text or heading, before a related word ("further talks").
	wantFirst(t, ix, "Overview", "did trump and putin discuss ukraine?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "did trump and putin talk in anchorage for long?")
	snap := ix.cur.Load()
	for q, want := range map[string]string{
		"did Rubio and Witkoff travel with Trump?":      "travel",
		"did trump actually accept the offer?":          "accept",
		"did the talks go well?":                        "", // a subject with a determiner
		"does it look like the fighting will end soon?": "",
		"did they make progress?":                       "", // a light verb
		"was zelenskiy there?":                          "",
		"so did trump accept the invitation or not?":    "accept",
		"didn't trump accept the invitation?":           "accept",
		"did they set a date for the next meeting?":     "", // a support verb: the date is asked
		"what did trump promise putin?":                 "promise",
		"what did the czech officials reject?":          "reject", // the verb ends the question
		"what did the leaders make of it?":              "",       // a light verb
	} {
		u := snap.read(q, "")
		got := ""
		if v := snap.yesNoVerb(u); v >= 0 {
			got = strings.ToLower(u.Terms[v].Surface)
		}
		if got != want {
			t.Errorf("yesNoVerb(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestYesNoSubject: a yes/no question's verb must be told of the subject it names, in the
// sentence or the one before; for the people of the title, a sentence that tells of the summit
// before anyone else is named is about them.
func TestYesNoSubject(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "did trump criticize putin?", "The report does not say so: its passages with “criticize” are not about Trump.")
	wantRefused(t, ix, "did putin reject giving up territory?") // "President Zelenskiy … has firmly rejected"
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "did putin agree to a ceasefire?")
	// "binding commitments" are an agreement (variants.txt): the ceasefire section, not "No Agreement".
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "was a ceasefire agreement reached?")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "did zelenskiy reject giving up land?")
	wantFirst(t, ix, "International Reactions and Concerns", "did anyone criticize the summit?") // a pronoun names no one
	// The right way round: "Putin even invited Trump…", "Putin brought … Lavrov".
	wantRefused(t, ix, "did trump invite putin to moscow?", "did trump bring lavrov?",
		"did lavrov accompany trump?", // "Putin brought … Lavrov": another of the title's people
		"did witkoff join putin?",     // "Trump was joined by … Witkoff"
		"did trump join rubio?")       // the passive the other way
	wantFirst(t, ix, "Summit Delegations", "did ushakov join putin?", "did rubio join trump?") // "Secretary of State Marco Rubio"
	// A name after "with" is no actor: "consultation with … Zelenskiy is needed" tells nothing
	// he agreed to.
	wantReason(t, ix, "did zelenskiy agree to a ceasefire?", "The report does not say so: its passages with “agree” are not about Zelenskiy.")
	// A subject the report names only after such a preposition did nothing in it.
	wantReason(t, ix, "did nato welcome the summit?", "The report does not say so: it tells of nothing NATO did.")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "Does NATO need to be consulted before any deal goes forward?",
		"did nato get consulted") // a passive with "get"
	// A passive names who underwent the verb: the invitation is Trump's.
	wantReason(t, ix, "was zelenskiy invited to moscow too?", "The report does not say so: its passages with “invited” are not about Zelenskiy.")
	wantReason(t, ix, "Wasn't Zelenskiy invited to Anchorage?", "The report does not say so: its passages with “invited” are not about Zelenskiy.") // negated
	wantFirst(t, ix, "Plans for Future Talks", "wasn't trump invited to moscow?", "has trump been invited to moscow?")
	// The one who did it is not the one it was done to.
	wantReason(t, ix, "was putin invited to moscow?", "The report does not say so: its passages with “invited” tell what Putin did, not what was done to Putin.")
	wantReason(t, ix, "has zelenskiy been invited to moscow?", "The report does not say so: its passages with “invited” are not about Zelenskiy.")
	wantFirst(t, ix, "Summit Delegations", "was lavrov brought along?", "were the two leaders joined by advisers?") // the participants are no names to tell it of
	// The report must use the verb itself: "expectations" is no "expected".
	wantAnswered(t, ix, "was zelenskiy expected to attend?")
	wantFirst(t, ix, "Plans for Future Talks", "did putin invite trump to moscow?")
	wantFirst(t, ix, "Summit Delegations", "did putin bring lavrov?", "did rubio join trump?") // "was joined by": passive
	wantFirst(t, ix, "Overview", "did trump meet putin?")                                      // "Trump and Putin met"
	wantFirst(t, ix, "Summit Delegations", "did sergei lavrov attend the summit?")             // "brought": a related verb's roles differ
}

// TestWasThere: "was there X?" asks whether X exists; an X the report never mentions is refused
// by name, while a word for what it does mention is answered.
func TestWasThere(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "were there any casualties from the drone attacks?", "The report does not mention “casualties”.")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "was there a truce?", "is there a new ceasefire?")
	// The noun is the phrase's last word: "state dinner" is no "Secretary of State".
	wantReason(t, ix, "was there a state dinner?", "The report does not mention “dinner”.")
	wantAnswered(t, ix, "was there a final deal?", "were there air raid warnings anywhere during the talks?")
	// A word before the noun that names a kind of it the report never mentions.
	wantReason(t, ix, "is there a gas deal?", "The report does not mention “gas”.")
	// The future: "will there be X?", "are there going to be X?"; a number after the noun counts it.
	wantReason(t, ix, "will there be tariffs?", "The report does not mention “tariffs”.")
	wantReason(t, ix, "are there going to be new tariffs on russia?", "The report does not mention “tariffs”.")
	wantFirst(t, ix, "Plans for Future Talks", "is there gonna be a round two?")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "was there a final ceasefire?")
	wantAnswered(t, ix, "was there a genuine breakthrough?")
	if res := mustSearch(t, ix, Request{Text: "is there a list of who attended?"}); strings.Contains(res.Reason, "list") {
		t.Errorf("list: %q asks about what follows it", res.Reason)
	}
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "is there a gap between the diplomacy and the fighting?")
}

// TestCompoundInTheQuote: the words of the thing a what-question asks about must be in the quote
// together; "deal" in one sentence and "trade" listed in another is no trade deal.
func TestCompoundInTheQuote(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "what kind of trade deal did they work out?", "The report mentions “trade” and “deal”, but not together.")
	wantReason(t, ix, "what was the arctic agreement?", "The report mentions “Arctic” and “agreement”, but not together.") // a heading word is no mention together
	wantFirst(t, ix, "International Reactions and Concerns", "What were the international reactions?")                     // a heading has them together
	wantFirst(t, ix, "Summit Delegations", "Which Russian foreign minister accompanied Putin?")                            // a nation before an office says whose
	wantRefused(t, ix, "what kind of arctic deal did they reach?")                                                         // a place counts; one sentence must have both
	if !verbForms["left"] || !verbForms["brought"] || verbForms["deal"] {
		t.Errorf("verbForms: want the irregular verb block of variants.txt, got %d words", len(verbForms))
	}
	wantFirst(t, ix, "Plans for Future Talks", "what three-way meeting did Trump hope to arrange?",
		"whats the plan going forward? any follow up talks in the works?")
}

// TestTopicRaised: "were X discussed?" and "did they talk about X?" ask whether a topic was
// raised; one the report never mentions is refused by name, one of several is left to the search.
func TestTopicRaised(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "Were sanctions on Russia discussed in Anchorage?", "The report does not mention “sanctions”.")
	wantRefused(t, ix, "did they talk about energy prices?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "was trade discussed?", "did they talk about the arctic?",
		"did they talk business and commerce stuff too or only ukraine")
}

// TestUnknownHead: a what- or which-question about a thing the report has no word for is refused
// by name; one whose noun asks for a kind of answer (a city, an alliance, a line) is searched.
func TestUnknownHead(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "what kind of arctic projects did they agree on?", "The report does not mention “projects”.")
	wantRefused(t, ix, "what sort of space missions were planned?")
	// A word in -ing before a noun is its modifier, not a verb that ends the phrase.
	wantReason(t, ix, "which arctic fishing zones came up?", "The report does not mention “zones”.")
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "which regions reporting drone attacks were hit?")
	// After "to" the "what" is a relative, and "behind" ends a phrase.
	wantFirst(t, ix, "Overview", "did the summit live up to what folks expected for a peace deal?")
	wantFirst(t, ix, "International Reactions and Concerns", "were the europeans worried about secret deals behind ukraine's back?")
	// "resolve" is answered by "unresolved" (variants.txt).
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "was there any issue they couldnt resolve?")
	// "What" before a verb is its subject: "behind" is no noun asked for.
	if res := mustSearch(t, ix, Request{Text: "what happened behind closed doors?"}); strings.Contains(res.Reason, "“behind”.") {
		t.Errorf("behind closed doors: %q, want no noun “behind”", res.Reason)
	}
	// The noun after a detail word is what is asked: one the report lacks is refused by name.
	wantReason(t, ix, "Name the specific sanctions they agreed on.", "The report does not mention “sanctions”.")
	// Nouns that ask for a kind of answer are not the thing asked: the report has Trump's words.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "what were trump's exact words about a deal?")
	// A word for the event is the event every sentence is about, as the title's words are.
	wantFirst(t, ix, "International Reactions and Concerns", "What exactly were the Europeans afraid might come out of the meeting?")
	// An irregular past form ends the phrase too: "what Trump meant" asks for no "meant".
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", `Explain what Trump meant by "there's no deal until there's a deal".`)
	// "like" ends the phrase: "what's the weather like…" asks about the weather.
	wantReason(t, ix, "what's the weather like in Kyiv right now?", "The report does not mention “weather”.")
	// "What" as a verb's subject asks about no noun; "versus" ends a phrase.
	wantFirst(t, ix, "International Reactions and Concerns", "according to the czechs, what undermines the idea that putin wants peace?")
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "what did the violence show about diplomacy versus daily realities?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "which alliance does trump want to consult?",
		"What phrase did Trump use to say that nothing is final yet?")
	wantAnswered(t, ix, "which city hosted the summit?", "Which post does Sergei Lavrov hold?")
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "what happend with the fighting during the summit")
}

// TestAboutATopicTheReportLacks: "tell me about X" with an everyday X the report never mentions is
// refused by name; a typo, and a word that introduces another, are not.
func TestAboutATopicTheReportLacks(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "tell me about the weather in alaska during the summit", "The report does not mention “weather”.")
	wantFirst(t, ix, "International Reactions and Concerns", "What were European allies worried about regarding the summit?")
	wantAnswered(t, ix, "what did putin say about the moscow meetng")
}

// TestHypothetical: a question about what would happen, or would have, under a condition is no
// question a news report answers; "would … have to" and an "if" without "would" are not such.
func TestHypothetical(t *testing.T) {
	for q, want := range map[string]bool{
		"what if zelenskiy had been there?":                        true,
		"if the talks had gone on, would they have agreed a deal?": true,
		"would trump have accepted a ceasefire?":                   true,
		"would ukraine have to give up land?":                      false,
		"if there was no deal, what did they agree on?":            false,
		"would you summarize the talks?":                           false,
		"what, if anything, did they agree on?":                    false,
		"what if anything came of the talks?":                      false,
		"did trump ask if zelenskiy could join a meeting?":         false,
		"who will represent ukraine if talks resume in moscow?":    true, // a prediction under a condition
		"will they meet again if the fighting stops?":              true,
		"will trump say if they meet again?":                       false, // "say if": whether
		"will they meet again, and if so where?":                   false,
		"they'll meet again if the fighting stops?":                true,
		"will they sign a deal if pressured by europe?":            true, // a participle with more after it is a condition
		"will trump go to moscow if invited?":                      false,
		"what would happen if ukraine gave up territory":           true,  // "would" before "if"
		"what did trump say would happen if no deal was reached?":  false, // what someone said would happen
		"would you say if there was a deal?":                       false,
		"i'll ask again: did they reach a deal and if not why?":    false,
		"does the report say if a ceasefire could come soon?":      false,
	} {
		if got := hypothetical(words(q)); got != want {
			t.Errorf("hypothetical(%q) = %v, want %v", q, got, want)
		}
	}
	for text, want := range map[string]bool{
		"President Zelenskiy has firmly rejected any proposal.": true,
		"Russia has welcomed the talks.":                        false, // a reaction
	} {
		if got := holdsStance(text); got != want {
			t.Errorf("holdsStance(%q) = %v, want %v", text, got, want)
		}
	}
	wantReason(t, newIndex(t), "what if Zelenskiy had been at the summit?",
		"The report tells what happened and what was said, not what would happen, or would have happened, otherwise.")
}

// TestOpinion: a question that asks the bot's own opinion is refused; one about someone else's
// view is answered.
func TestOpinion(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "in your opinion, was trump right to meet putin?", "That asks for an opinion: the bot only quotes what the report says.")
	wantRefused(t, ix, "what do you think of the summit?", "what do you make of the summit?", "dont you think putin got a win?",
		"will the war be over by the end of the year you think") // chat: "you think" ending a yes/no question
	wantFirst(t, ix, "International Reactions and Concerns", "what did Czech officials say you think") // a tag on a question the report answers
	wantAnswered(t, ix, "would you say the summit ended without a ceasefire?")                         // polite phrasing
	wantFirst(t, ix, "International Reactions and Concerns", "what did the europeans think of the summit?")
}

// TestBeforeRole: what someone did before taking a role is no part of a report on the summit;
// "before the summit" is left to the search.
func TestBeforeRole(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "what was rubio's job before he became secretary of state?",
		"The report tells the summit and what was said about it, not what anyone did before.")
	wantRefused(t, ix, "what did lavrov do before being foreign minister?",
		"whats witkoff's background before he was envoy", "what's witkoff's background?",
		"What did the special envoy do professionally before taking up his diplomatic role?",
		"before his appointment what did witkoff do")
	// A post is no working life: "Rubio's position on NATO" is his stance, "Lavrov's role at
	// the summit" his part in it.
	wantFirst(t, ix, "Summit Delegations", "what was lavrov's role at the summit?",
		"before his role in the talks, was witkoff at the summit?")
	wantFirst(t, ix, "Overview", "what's the summit's background?") // the event's, no one's career
	wantAnswered(t, ix, "what's the conflict's background?", "nato's background")
	wantRefused(t, ix, "before his job as envoy, what did witkoff do?",
		"What did Witkoff do before the summit?", "what was rubio doing before the talks?") // what someone did before the event
	if beforeRole(words("what was rubio's position on nato")) || beforeRole(words("what did ushakov do before he was ready")) {
		t.Error("beforeRole: a stance or a state read as a role")
	}
	wantAnswered(t, ix, "did they meet before the summit?", "what did the leaders hope for before it took place?",
		"before they became aware of the attacks, what did they discuss?") // a state, not a role
}

// TestPeopleFocus: what happened to people at large is refused by name when the report has no word
// for it; what they did, in other words, is left to the search.
func TestPeopleFocus(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "were civilians injured in the drone attacks?", "The report does not mention “injured”.")
	wantReason(t, ix, "did anyone die in those attacks?", "The report does not mention “die”.")
	wantFirst(t, ix, "International Reactions and Concerns", "did anybody call out putin for the attacks?", "were people worried?")
	wantRefused(t, ix, "were any people killed in the drone attacks?", "did anyone get killed?")
}

// TestYesNoObjectThing: the thing a yes/no question's verb acts on must be one the report
// mentions; one it lacks is refused by name.
func TestYesNoObjectThing(t *testing.T) {
	ix := newIndex(t)
	snap := ix.cur.Load()
	for q, want := range map[string]string{
		"did nato put out a statement about the summit?":                        "statement",
		"Did Putin and Trump hold a joint press conference and take questions?": "press conference",
		"did they have dinner together?":                                        "dinner",
		"did they make any progress?":                                           "", // the report's word
		"did trump take rubio along?":                                           "", // a name it has
		"did they make a statement and a deal?":                                 "", // one of several may be the report's
		"does Trump need NATO's input?":                                         "", // "need" asks about the needing
		"did they get along?":                                                   "", // no object
		"did Putin bring anyone?":                                               "", // asks whom
		"did trump and putin have lunch together or was it just the meeting":    "lunch",
		"did they discuss the Arctic and sanctions?":                            "sanctions",
		"did putin bring trump a gift":                                          "gift",
		"did they discuss the economy?":                                         "", // related to trade
		"did putin bring lavrov?":                                               "",
		"Did the two sides agree on any prisoner exchange?":                     "prisoner exchange", // the participants as subject
	} {
		u := snap.read(q, "")
		got := ""
		if i := snap.yesNoObjectThing(u); i >= 0 {
			got = u.Terms[i].Surface
		}
		if got != want {
			t.Errorf("yesNoObjectThing(%q) = %q, want %q", q, got, want)
		}
	}
	wantRefused(t, ix, "did nato put out a statement about the summit?")
	// "the Russians", "the Czech government": a people with its article is a subject too; "the
	// Anchorage meeting" is no subject of names.
	wantReason(t, ix, "did the russians bring a gift?", "The report does not mention “gift”.")
	wantReason(t, ix, "did the czech government send a letter?", "The report does not mention “letter”.")
	wantFirst(t, ix, "Overview", "Did the Anchorage meeting deliver the peace deal people were hoping for?")
	wantFirst(t, ix, "Summit Delegations", "did trump take rubio along?")
}

// TestPlannedVisit: whether someone went to a place the report names only in an invitation is
// not told; a place it tells as the scene of an event is.
func TestPlannedVisit(t *testing.T) {
	ix := reportIndex(t, "oslo.txt", "Talks\n"+
		"The minister Ivanov met the envoy Larsen in Oslo. Ivanov invited Larsen to Bergen for the next round.")
	wantReason(t, ix, "did Larsen go to Bergen for the next round?", "The report does not say so: it tells of Bergen only as a plan.")
	wantRefused(t, ix, "has Larsen travelled to Bergen yet?")
	wantReason(t, ix, "did Larsen visit Bergen for the next round?", "The report does not say so: it tells of Bergen only as a plan.")
	wantAnswered(t, ix, "did Larsen go to Oslo?", "did Ivanov invite Larsen to come to Bergen?", "will Larsen go to Bergen?")
}

// TestWhoVerb: a who-question asks for the subject of its verb; one the report has no word for is
// refused by name, and everyday verbs are read through the variants table.
func TestWhoVerb(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "who leaked the concessions?", "The report does not mention “leaked”.")
	wantReason(t, ix, "who paid for hosting the summit?", "The report does not mention “paid”.")
	wantFirst(t, ix, "Summit Delegations", "who sits on putin's team?", "who accompanied trump")
	wantFirst(t, ix, "International Reactions and Concerns", "who celebrated the summit as a win?")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "who skipped the summit?")
	wantFirst(t, ix, "International Reactions and Concerns", "who complained about the attacks?")
}

// TestComparesWith: a comparison with something else is refused; a quantity after "than", and
// "other than", are not comparisons.
func TestComparesWith(t *testing.T) {
	for q, want := range map[string]bool{
		"was this summit longer than their 2019 meeting?":                                           true,
		"is putin's moscow invitation more likely to lead to a deal than the anchorage talks were?": true,
		"is trump a better negotiator than biden?":                                                  true,
		"did they talk for longer than an hour?":                                                    false,
		"did they meet for more than two hours?":                                                    false,
		"what did they discuss other than ukraine?":                                                 false,
		"did they talk rather than fight?":                                                          false,
		"3 hours of talks, whats the longest they've ever talked?":                                  true,
		"was that the most significant issue?":                                                      false, // no "ever"
		"did they ever resolve the most significant issue?":                                         false, // "ever" before it
		"did they talk about more issues than ukraine?":                                             false, // what else
		"did they discuss more than ukraine?":                                                       false,
		"did the summit achieve less than expected?":                                                false,
	} {
		if got := comparesWith(words(q)); got != want {
			t.Errorf("comparesWith(%q) = %v, want %v", q, got, want)
		}
	}
	wantReason(t, newIndex(t), "Was this summit longer than the one they had in 2019?", "The report tells this event; it does not compare it with others.")
	wantReason(t, newIndex(t), "how did rubio compare this summit with earlier negotiations?", "The report tells this event; it does not compare it with others.")
	wantFirst(t, newIndex(t), "Overview", "how does the outcome compare with expectations?") // with what the report states
}

// TestHowTravelled: how someone went somewhere is not told; how something came about is asked
// as any other question.
func TestHowTravelled(t *testing.T) {
	for q, want := range map[string]bool{
		"how did trump get to alaska":        true,
		"how did putin get there?":           true,
		"how did trump come to meet putin?":  false,
		"how did the talks go?":              false,
		"how did they get along?":            false,
		"how did the talks go in Anchorage?": false, // how it went
		"how did things go there?":           false,
		"how come there was no ceasefire?":   false, // a why
	} {
		if got := asksHowTravelled(words(q)); got != want {
			t.Errorf("asksHowTravelled(%q) = %v, want %v", q, got, want)
		}
	}
	wantReason(t, newIndex(t), "how did putin fly to alaska", "The report does not say how anyone travelled.")
}

// TestWhenVerb: the report cannot date what it never tells; a plan is asked as any other.
func TestWhenVerb(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "When was the Anchorage summit first announced?", "The report does not mention “announced”.")
	wantReason(t, ix, "when did trump arrive?", "The report does not mention “arrive”.")
	wantFirst(t, ix, "Plans for Future Talks", "when is the follow-up meeting supposed to happen?", "when did putin invite trump?")
}

// TestNamedGroupSubject: "European leaders", "Czech officials" are a yes/no question's subject,
// so the thing their verb acts on is read ("hold a call"); issuing a statement is saying.
func TestNamedGroupSubject(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "Did European leaders hold a call with Trump after he left Anchorage?", "The report does not mention “call”.")
	wantFirst(t, ix, "International Reactions and Concerns", "did czech officials issue a statement?", "did european allies express skepticism?")
	wantRefused(t, ix, "did nato issue a statement?")
}

// TestFragmentsAndChoices: a fragment's noun the report lacks is refused by name ("casualties
// from the drone attacks?"), not a topic and what is asked of it ("ceasefire status"); a choice
// of verdicts ("good vibes or bad?") asks for the description; "plan to" asks about the verb after.
func TestFragmentsAndChoices(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "casualties from the drone attacks?", "The report does not mention “casualties”.")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "ceasefire status", "how did they describe the talks, good vibes or bad?")
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "drone attacks during the summit?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "does trump plan to loop in NATO?")
}

// TestTakeQuestions: taking questions is a press conference, not the report's issues.
func TestTakeQuestions(t *testing.T) {
	ix := newIndex(t)
	wantRefused(t, ix, "did trump and putin take questions from reporters", "did they take questions from journalists")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "what questions did they discuss?")
}

// TestExactWordsAskAQuote: "what exact phrase…" asks for a quote, which is no missing detail.
func TestExactWordsAskAQuote(t *testing.T) {
	ix := newIndex(t)
	res := mustSearch(t, ix, Request{Text: "What exact phrase did Trump use to signal that nothing was finalized?"})
	if !res.Answered {
		t.Errorf("exact phrase: refused: %s", res.Reason)
	}
	wantRefused(t, ix, "what exactly did they agree about the Arctic?")
}

// TestConfirmationAsksNothing: "is it true…", "…is that real?" ask to confirm what follows or
// comes before; "true" and "real" are not words the report lacks.
func TestConfirmationAsksNothing(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Overview", "is it true this was their first summit in like 6 years")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "space cooperation?? at a WAR summit 🚀😂 is that real")
}
