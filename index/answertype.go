package index

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Answer types: the check question-answering systems make that a passage holds the kind of answer
// a question asks for, for the kinds that words alone can find.
//
//   - "What did Lavrov say?", "how did Europe react?", "what was NATO's response?" ask what someone
//     said or thought. Only a sentence that attributes a statement to them answers: one where they
//     are the subject of a verb of saying or thinking ("Czech officials noted", "Russia viewed",
//     "Trump stated"). One that merely names them ("Putin brought Foreign Minister Sergei Lavrov")
//     says nothing they said, however many words it shares with the question.
//   - A where-question needs a place the question did not name; a who-question or a request for a
//     name needs someone the question did not name; "who said…" needs a verb of saying; "how
//     long" needs a span of time, and "how many" a quantity, in a sentence about the question; a
//     question that names the kind of quantity ("what percent", "how much did it cost", "how many
//     times") needs one of that kind, and "how many aides…" is answered by naming them; "when"
//     needs a sentence of the best section that matches the question and places it in time (a
//     date, a time word, or "while", "after"…), and "what time" a time of day.
//
// When none of the best sections has the answer type, the question is refused with a sentence
// saying what the report does not say. For a statement only the sections that attribute one are
// kept, and for a span of time the sections that state one come first (in both, the sentence
// that answers is quoted first): the reranker cannot see these, so they decide the order. The
// other checks only decide whether to answer.

// auxiliaries follow "what"/"how" in a question about what someone said ("what did X say").
var auxiliaries = map[string]bool{"did": true, "does": true, "do": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "is": true, "are": true, "was": true, "were": true}

// yesNoSaying ask, after "did X", whether someone said something.
var yesNoSaying = map[string]bool{"say": true, "said": true, "comment": true, "commented": true,
	"respond": true, "responded": true, "react": true, "reacted": true, "speak": true, "spoken": true,
	"tell": true, "told": true, "mention": true, "mentioned": true, "announce": true, "announced": true}

// askVerbs ask what someone said, thought or how they took something, in a question.
var askVerbs = map[string]bool{
	"say": true, "think": true, "tell": true, "feel": true, "react": true, "respond": true,
	"view": true, "see": true, "comment": true, "call": true, "describe": true, "claim": true,
	"announce": true, "reply": true, "believe": true, "argue": true, "suggest": true,
	"propose": true, "promise": true, "demand": true, "make": true, "mention": true, "saying": true, "thinking": true,
	"reacting": true, "responding": true,
}

// opinionNouns after a possessive ask the same ("what was NATO's response?").
var opinionNouns = map[string]bool{"reaction": true, "response": true, "view": true, "views": true,
	"stance": true, "position": true, "take": true, "opinion": true, "comment": true, "comments": true,
	"statement": true, "answer": true, "verdict": true, "thoughts": true, "reply": true}

// sayingVerbs are the verbs of saying, thinking and signalling that news reports attribute to
// someone, as written in a report, in lower case (a capitalised "State" is no verb). Forms that are
// more often nouns ("views", "notes", "comments") are left out.
var sayingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`say says said saying stated stating noted emphasized
		emphasised emphasizes stressed stresses added adds told tells called calls described
		describes expressed expresses voiced warned warns urged urges claimed claims argued argues
		insisted insists signaled signalled signals invited invites rejected rejects viewed saw sees
		praised praises criticized criticised criticizes condemned condemns welcomed welcomes
		announced announces declared declares acknowledged acknowledges admitted admits suggested
		suggests hoped hopes feared fears agreed agrees denied denies promised promises pledged
		pledges vowed vows offered offers proposed proposes asked asks demanded demands accused
		accuses dismissed dismisses questioned doubted doubts thought thinks believed believes felt
		feels considered considers reacted reacts responded responds replied replies commented
		remarked indicated indicates confirmed confirms wrote writes tweeted posted explained
		explains predicted predicts hailed hails branded slammed blasted reiterated repeated
		highlighted highlights showed characterized characterised labelled labeled maintained
		contended`) {
		m[w] = true
	}
	return m
}()

// speechActor returns the words naming whose statement a question asks for, lower case without
// possessives ("what did Putin's team say?" → putin, team), or nil when it does not ask what
// someone said or thought, and the head of that phrase: the word that speaks (see actorHead).
// ws are the question's words, lower case.
func speechActor(ws []string) (actor []string, head string) {
	norm := make([]string, 0, len(ws)+2)
	for _, w := range ws {
		w = strings.ReplaceAll(w, "’", "'")
		switch w { // "what's Trump's view": what is
		case "what's", "whats":
			norm = append(norm, "what", "is")
			continue
		case "how's", "hows":
			norm = append(norm, "how", "is")
			continue
		case "what'd", "whatd": // what did
			norm = append(norm, "what", "did")
			continue
		case "how'd", "howd":
			norm = append(norm, "how", "did")
			continue
		case "wat", "wut":
			w = "what"
		}
		norm = append(norm, w)
	}
	// "Did Rubio say anything to reporters?": whether someone said something is a question about
	// their statement too.
	if len(norm) > 2 && (norm[0] == "did" || norm[0] == "does" || norm[0] == "has" || norm[0] == "have") {
		for k := 2; k < len(norm) && k <= 5; k++ {
			if yesNoSaying[norm[k]] {
				return actorWords(norm[1:k]), actorHead(norm[1:k])
			}
		}
	}
	for i := 0; i+1 < len(norm); i++ {
		if (norm[i] != "what" && norm[i] != "how") || !auxiliaries[norm[i+1]] {
			continue
		}
		// After a form of "be" the verb is a participle ("what is Trump saying"); "what is the
		// US view" asks about a view, not a statement.
		be := norm[i+1] == "is" || norm[i+1] == "are" || norm[i+1] == "was" || norm[i+1] == "were"
		for k := i + 2; k < len(norm) && k <= i+8; k++ {
			w := norm[k]
			if askVerbs[w] && k > i+2 && (!be || strings.HasSuffix(w, "ing")) {
				if w == "make" && (k+1 >= len(norm) || norm[k+1] != "of") {
					break
				}
				return actorWords(norm[i+2 : k]), actorHead(norm[i+2 : k])
			}
			if strings.HasSuffix(w, "'s") && k+1 < len(norm) && opinionNouns[norm[k+1]] {
				return actorWords(norm[i+2 : k+1]), actorHead(norm[i+2 : k+1])
			}
		}
	}
	// A fragment: "Rubio's reaction?", "and putin's take"
	if k := firstWord(norm); k >= 0 && k+1 < len(norm) && len(norm) <= k+3 && strings.HasSuffix(norm[k], "'s") && opinionNouns[norm[k+1]] {
		return actorWords(norm[k : k+1]), actorHead(norm[k : k+1])
	}
	return nil, ""
}

// feelingAdjectives tell how someone felt, after a form of "be" and who felt it ("was Trump
// happy…?", "were the Europeans worried?").
var feelingAdjectives = set(`happy unhappy pleased displeased satisfied dissatisfied upset angry
	glad disappointed frustrated content optimistic pessimistic hopeful confident nervous worried
	concerned relieved annoyed furious thrilled`)

// asksFeeling reports whether a question (its words, lower case) asks how someone felt: a form of
// "feel", or a form of "be" opening it with one of feelingAdjectives within its next three words.
func asksFeeling(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return w == "feel" || w == "felt" || w == "feeling" || w == "feels" }) ||
		feelingAdjectiveAt(ws) > 0
}

// feelingAdjectiveAt returns the index of one of feelingAdjectives among the three words after a
// form of "be" and the word after it that open a question ("was Trump happy…" → 2), or -1.
func feelingAdjectiveAt(ws []string) int {
	if len(ws) < 3 || !beForms[ws[0]] {
		return -1
	}
	if k := slices.IndexFunc(ws[2:min(len(ws), 5)], func(w string) bool { return feelingAdjectives[w] }); k >= 0 {
		return k + 2
	}
	return -1
}

// actVerbs are sayingVerbs that tell an act, not how the actor felt ("Putin even invited Trump to
// Moscow" says nothing of how Putin felt).
var actVerbs = set(`invited invites offered offers proposed proposes asked asks demanded demands
	promised promises pledged pledges vowed vows brought`)

// actorHead returns the word of a phrase that speaks, lower case without a possessive: the last
// one ("Rubio's presence" is a thing, "Putin's team" people), or before "of" the last one before
// it ("the choice of delegation members" is a thing, "the head of NATO" a person); adverbs and
// function words aside ("what did NATO officially say"). "" when there is none.
func actorHead(phrase []string) string {
	if i := slices.Index(phrase, "of"); i > 0 {
		phrase = phrase[:i]
	}
	for k := len(phrase) - 1; k >= 0; k-- {
		if w := bareWord(phrase[k]); !functionWords[w] && !strings.HasSuffix(w, "ly") {
			return w
		}
	}
	return ""
}

// actorWords keeps the words of a phrase that can name someone: without possessives, articles and
// other function words; nil when the phrase is the report itself ("what does the report say").
func actorWords(phrase []string) []string {
	var out []string
	for _, w := range phrase {
		w = bareWord(w)
		if documentWords[w] {
			return nil
		}
		if !functionWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// functionWords name no one ("what did the Czechs have to say").
var functionWords = map[string]bool{"the": true, "a": true, "an": true, "have": true, "has": true,
	"had": true, "to": true, "all": true, "some": true, "any": true, "his": true, "her": true,
	"their": true, "its": true, "of": true, "and": true, "or": true}

// documentWords are the report itself: "what does the article say about…" is an ordinary question.
var documentWords = map[string]bool{"report": true, "article": true, "story": true, "text": true,
	"news": true, "bot": true, "summary": true, "source": true, "it": true, "this": true}

// bareWord is a word in lower case with ’ as ' and without a possessive "'s" ("Putin’s" → "putin").
func bareWord(w string) string {
	return strings.TrimSuffix(strings.ReplaceAll(strings.ToLower(w), "’", "'"), "'s")
}

// attributes reports whether text attributes a statement to the words ending at actorEnds (byte
// offsets): one of sayingVerbs follows within attributionWindow words, with no clause break
// between ("Czech officials noted", "Putin even invited", "Zelenskiy was not present at the
// meeting and has firmly rejected"), or "said"/"says"/"told" comes just before
// ("…,” said Lavrov). With feeling set (the question asks how someone felt), an act (actVerbs) is
// no such statement.
func attributes(text string, actorStarts, actorEnds []int, feeling bool) bool {
	for _, end := range actorEnds {
		n := 0
		for rest := text[end:]; n < attributionWindow; n++ {
			w, after, brk := nextWord(rest)
			if w == "" || brk {
				break
			}
			if sayingVerbs[w] && !(feeling && actVerbs[w]) { // lower case only: "Secretary of State" says nothing
				return true
			}
			rest = after
		}
	}
	for _, start := range actorStarts {
		before := strings.Fields(text[:start])
		for j := len(before) - 1; j >= 0 && j >= len(before)-4; j-- {
			w := strings.ToLower(strings.Trim(before[j], ",.;:“”\"'’"))
			if w == "said" || w == "says" || w == "told" {
				return true
			}
		}
	}
	return false
}

// attributionWindow is how many words may stand between an actor and the verb attributed to them
// within one clause: enough for a second predicate joined by "and".
const attributionWindow = 12

// nextWord returns the first word of s, the text after it, and whether a clause break (, ; : .
// ( —) comes before it.
func nextWord(s string) (word, rest string, brk bool) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if strings.ContainsRune(",;:.(—–!?", r) {
			brk = true
		}
		i += size
	}
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return s[i:j], s[j:], brk
}

// namesNewPlace reports whether text names a place the question did not: a place preposition,
// at most two lower-case words, then a capitalised word, where some word after the preposition
// is not among the question's words (questionWords, lower case): "in Anchorage" answers "where
// did they meet?", "in eastern Ukraine" answers "where in Ukraine?", but not "which cities in
// eastern Ukraine?". "To" before a verb is no preposition ("to end the Ukraine war").
func namesNewPlace(text string, questionWords map[string]bool) bool {
	ws := words(text)
	for i, w := range ws {
		if !placePrepositions[strings.ToLower(w)] {
			continue
		}
		// "to" before a verb marks an infinitive ("aimed to end the Ukraine war"), not a
		// destination ("to Moscow", "to the Kremlin").
		if strings.EqualFold(w, "to") && i+1 < len(ws) && unicode.IsLower([]rune(ws[i+1])[0]) && !articles[ws[i+1]] {
			continue
		}
		newWord := false
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			lower := bareWord(ws[j])
			if !questionWords[lower] && !questionWords[strings.TrimSuffix(lower, "s")] {
				newWord = true
			}
			if r, _ := utf8.DecodeRuneInString(ws[j]); unicode.IsUpper(r) {
				if newWord {
					return true
				}
				break
			}
		}
	}
	return false
}

// regionNouns ask for a region's name or kind.
var regionNouns = set(`region regions territory territories province provinces oblast oblasts`)

// settlementNouns ask for the name of a city, town or village, or of a region (regionNouns).
var settlementNouns = func() map[string]bool {
	m := set(`city cities town towns village villages`)
	maps.Copy(m, regionNouns)
	return m
}()

// describesNew reports whether text has the noun asked (either number) right after a capitalised
// modifier that the question does not use ("Russian-held regions" for "which regions…?"). Another
// word for a region is no answer: "Russian-held regions" does not say which territory Russia
// demands.
func describesNew(text, noun string, questionWords map[string]bool) bool {
	ws := words(text)
	for i := 1; i < len(ws); i++ {
		if w := strings.ToLower(ws[i]); w != noun && singular(w) != singular(noun) {
			continue
		}
		if capitalised(ws[i-1]) && !questionWords[bareWord(ws[i-1])] {
			return true
		}
	}
	return false
}

// directionWords place something within a named place ("eastern Ukraine"), naming no other.
var directionWords = set(`eastern western northern southern central east west north south northeastern
	northwestern southeastern southwestern`)

// articles open a noun phrase.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// newNames counts the capitalised words of text that are not among the question's words (lower
// case, see bareWord): the names a who-question could be answered with. The first word counts
// when isName says it is a name ("Trump stated…"), not when it is capitalised only as the start of
// the sentence; a possessive ("Putin’s attacks") names whose something is, not who did it.
func newNames(text string, questionWords map[string]bool, isName func(word string) bool) int {
	n := 0
	ws := words(text)
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		bare := bareWord(w)
		possessive := bare != strings.ToLower(strings.ReplaceAll(w, "’", "'")) // "Putin’s attacks": not who
		given := questionWords[bare] || questionWords[strings.TrimSuffix(bare, "s")] ||
			strings.Contains(bare, "-") && !slices.ContainsFunc(strings.Split(bare, "-"), func(p string) bool { return !questionWords[p] }) // "Russian-held"
		// "in Ukraine", "in eastern Ukraine": where, not who
		place := i > 0 && placePrepositions[strings.ToLower(ws[i-1])] ||
			i > 1 && placePrepositions[strings.ToLower(ws[i-2])] && ws[i-1] == strings.ToLower(ws[i-1])
		if unicode.IsUpper(r) && !possessive && !given && !place && (i > 0 || isName(bare)) {
			n++
		}
	}
	return n
}

// addRelated adds to qw (lower-case words of the question) the words of its terms' related
// phrases, as the report spells them: a place or person the question names under another name
// ("moscow" for Russia) is not one it did not give.
func (s *snapshot) addRelated(qw map[string]bool, u understanding) {
	for _, t := range u.Terms {
		for _, p := range t.Related {
			for _, w := range p {
				qw[strings.ToLower(s.spell([]string{w}))] = true
			}
		}
	}
}

// asksBesides reports whether a which- or who-question (its words, lower case) asks for other
// people or places than those it names ("which topics…" asks for no names): "besides", "except",
// "excluding", "other than", "apart from", "aside from".
func asksBesides(ws []string) bool {
	which := false
	for i, w := range ws {
		switch q := questionWord(w); {
		case q == "which" && i+1 < len(ws) && (listFrame[ws[i+1]] || answerNouns[ws[i+1]] ||
			ws[i+1] == "other" && i+2 < len(ws) && (listFrame[ws[i+2]] || answerNouns[ws[i+2]])):
			return false // "which (other) topics besides Ukraine…": topics are no names
		case q == "which" || q == "who":
			which = true
		}
	}
	return which && besidesPhrase(ws) != nil
}

// besidesPhrase returns the words (lower case) a question sets aside ("apart from the war in
// Ukraine, which…" → the, war, in, ukraine): at most five after "besides", "except", "excluding",
// "apart from", "aside from" or "other than", up to a question word; nil without one.
func besidesPhrase(ws []string) []string {
	for i, w := range ws {
		start := -1
		switch {
		case w == "besides" || w == "except" || w == "excluding":
			start = i + 1
		case i+1 < len(ws) && (w == "other" && ws[i+1] == "than" || (w == "apart" || w == "aside") && ws[i+1] == "from"):
			start = i + 2
		}
		if start < 0 {
			continue
		}
		end := start
		for end < len(ws) && end < start+5 && !questionWords[questionWord(ws[end])] {
			end++
		}
		return ws[start:end]
	}
	return nil
}

// buildingNouns ask for a place inside a city ("which building hosted the summit?").
var buildingNouns = set(`building buildings hotel hotels base bases room rooms venue venues spot
	site sites palace house hall airport`)

// looseBuildingNouns are the buildingNouns that a city may answer ("what was the venue?" →
// Anchorage); the others ask for a building.
var looseBuildingNouns = set(`venue venues spot site sites`)

// asksPersonOf reports whether a question asks which person of a group it names by a name
// ("which Kremlin official…", "what Czech officials…", "which European leaders…"): "which" or
// "what", a name, then a word for people (personNouns). ws are its words, lower case.
func (s *snapshot) asksPersonOf(ws []string) bool {
	for i, w := range ws {
		if w != "which" && w != "what" {
			continue
		}
		for j := i + 1; j+1 < len(ws) && j <= i+2; j++ {
			if personNouns[ws[j+1]] && (properNouns[bareWord(ws[j])] || s.wordIsName(bareWord(ws[j]))) {
				return true
			}
		}
	}
	return false
}

// wordIsPerson reports whether a word (lower case) is a person's name in the corpus.
func (s *snapshot) wordIsPerson(word string) bool {
	toks := s.analyzer.Analyze([]byte(word))
	return len(toks) == 1 && s.isPerson(string(toks[0].Term))
}

// asksName reports whether a question asks for someone's name ("what's the name of…", "what is
// the Czech president's name", "who is the envoy named…"). ws are its words, lower case.
func asksName(ws []string) bool {
	for _, w := range ws {
		if w == "name" || w == "names" || w == "named" {
			return true
		}
	}
	return asksPersonKind(ws) // "which Czech official…", "what two leaders…"
}

// isPossessive reports whether a word ends in "'s" ("Putin’s attacks" names whose they are, not
// a member of the group a question asks about).
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// asksPersonKind reports whether a question asks which people of a kind ("which officials…",
// "what two leaders…"): "which", or "what" opening the question, then within three words a word
// for people, with no auxiliary or possessive between ("what did the leaders say" asks something
// else of them). ws are its words, lower case.
func asksPersonKind(ws []string) bool { return personKind(ws) != "" }

// personKind returns the word for people that a question asking which people of a kind names
// ("which officials criticized Putin?" → officials; see asksPersonKind), or "".
func personKind(ws []string) string {
	for i, w := range ws {
		// "what" opens the question ("…was the outcome what people expected?" asks no person);
		// "which country's officials…" asks for the country.
		if w == "which" || w == "what" && i == firstWord(ws) {
			for j := i + 1; j < len(ws) && j <= i+3 && !auxiliaries[ws[j]] && !strings.HasSuffix(ws[j], "'s") && !strings.HasSuffix(ws[j], "’s"); j++ {
				if personNouns[ws[j]] {
					return ws[j]
				}
			}
		}
	}
	return ""
}

// namedGroup reports whether words (a sentence's) name a group of the kind asked with a name
// before it that the question does not give (qw): "Czech officials", "European allies".
func namedGroup(ws []string, kind string, qw map[string]bool) bool {
	for k := 1; k < len(ws); k++ {
		if !sameNoun(strings.ToLower(ws[k]), kind) {
			continue
		}
		prev := ws[k-1]
		if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) && !qw[bareWord(prev)] && !isPossessive(prev) {
			return true
		}
	}
	return false
}

// personNouns name a kind of person or office ("which official", "what leaders").
var personNouns = set(`official officials minister ministers leader leaders president presidents
	envoy envoys adviser advisers advisor advisors aide aides diplomat diplomats politician
	politicians spokesman spokeswoman spokesperson ambassador ambassadors senator senators
	general generals secretary person people journalist journalists reporter reporters
	negotiator negotiators delegate delegates member members governor governors mayor mayors
	chancellor premier king queen pope prince spokespeople`)

// asksSpeaker reports whether a who-question asks who said something ("who called the talks
// productive?"): its words include a verb of saying, other than a request to the bot ("tell me
// who…"). ws are its words, lower case.
func asksSpeaker(ws []string) bool {
	for i, w := range ws {
		if (w == "tell" || w == "say") && i+1 < len(ws) && (ws[i+1] == "me" || ws[i+1] == "us") {
			continue // a request to the bot: "tell me who…"
		}
		if i > 0 && documentWords[ws[i-1]] {
			continue // the report's own saying: "does the report say who went with Trump?"
		}
		if i+1 < len(ws) && ws[i+1] == "up" {
			continue // a phrasal verb: "who showed up…", "who brought up…"
		}
		if sayingVerbs[w] || askVerbs[w] {
			return true
		}
	}
	return false
}

// hasSayingVerb reports whether text uses one of sayingVerbs.
func hasSayingVerb(text string) bool {
	for _, w := range words(text) {
		if sayingVerbs[w] {
			return true
		}
	}
	return false
}

// answerType applies the answer-type checks to the ranked sections of a question read as u (see
// the top of this file). It returns the sections in their final order, the kind of answer the
// question asks for ("" when it asks for none that can be checked), and, when no section among
// the best holds that kind, a refusal reason (then the sections are returned unchanged).
func (s *snapshot) answerType(u understanding, secs []*scoredSection) (out []*scoredSection, kind, reason string) {
	if len(u.Terms) == 0 || len(secs) == 0 {
		return secs, "", ""
	}
	qw := map[string]bool{}
	ws := u.Words
	for _, w := range ws {
		qw[bareWord(w)] = true
	}
	// Which sentences hold the answer, and how far down the ranking to look for one.
	var holds func(ss *scoredSentence) bool
	depth := 3
	// reorder: put the sections that hold the answer first. Only where the intent penalty is
	// strong and the answer is a span of text the reranker cannot see (a statement, a span of
	// time); elsewhere the check only decides whether to refuse, since moving a weaker section up
	// cites it for a question it matches less well.
	reorder := false
	bestOnly := false     // only each section's best sentence may hold the answer
	namesSomeone := false // a name answers: a sentence that denies what it matched names no one
	switch {
	case len(u.Actor) > 0:
		// What they said must be about what is asked, when the question asks about something:
		// "did Trump say Zelenskiy should give up land?" is not answered by what Trump said of
		// consulting Zelenskiy.
		// A word the report lacks is asked about too, and no statement matches it: "did Trump
		// say he trusts Putin?" is not answered by what Trump said of a deal.
		var about []int
		for i, t := range u.Terms {
			w := bareWord(t.Surface)
			_, everyday := everydayRank(w)
			if (t.Known || everyday && !t.Specific && !afterWords[w] && !startWords[w]) && // "once the meeting began" says when
				!t.Light && t.Weight > 0 && !slices.Contains(u.Actor, i) && !s.canSpeak(t) &&
				!s.titleTerms[secs[0].key.report][t.Term] && !eventNouns[w] && !askVerbs[w] && !sayingVerbs[w] &&
				!opinionNouns[w] { // "what is Zelenskiy's position?" asks for the statement itself
				about = append(about, i)
			}
		}
		// "What did Trump say about the Arctic?": with nothing else asked about, a name the
		// question asks about (neither the speaker nor the title's) must be in what they said.
		if len(about) == 0 {
			for i, t := range u.Terms {
				if t.Known && t.Weight > 0 && s.canSpeak(t) && !slices.Contains(u.Actor, i) && !s.titleTerms[secs[0].key.report][t.Term] {
					about = append(about, i)
				}
			}
		}
		// "What did Zelenskiy say about the summit?": a stance held all along ("has firmly
		// rejected…") is nothing said about the event.
		ofEvent := slices.ContainsFunc(ws[:max(0, len(ws)-1)], func(w string) bool { return w == "about" || w == "of" || w == "on" || w == "to" }) &&
			slices.ContainsFunc(ws, func(w string) bool { return eventNouns[w] && w != "it" })
		holds = func(ss *scoredSentence) bool {
			return ss.attributed && (len(about) == 0 || slices.ContainsFunc(about, func(i int) bool { return ss.matched[i] > 0 })) &&
				!(ofEvent && len(about) == 0 && holdsStance(ss.e.Text))
		}
		var who []string
		for _, i := range u.Actor {
			t := u.Terms[i]
			bare := bareWord(t.Surface)
			r, size := utf8.DecodeRuneInString(t.Surface)
			switch {
			case s.isName(t.Term):
				who = append(who, s.spell([]string{t.Term})) // as the report spells it
			case unicode.IsUpper(r) || properNouns[bare] || properNouns[variants.equiv[bare]] || variantNames[bare]:
				// a name, however typed ("kyiv", "washington")
				r, size = utf8.DecodeRuneInString(bare)
				who = append(who, string(unicode.ToUpper(r))+bare[size:])
			default: // "what did aides say"
				who = append(who, "the "+bare)
			}
		}
		kind = "a statement by " + joinWordsAnd(who)
		reason = fmt.Sprintf("The report does not say what %s said or thought about that.", joinWordsAnd(who))
		depth, reorder = len(secs), true
	case u.Intent == IntentLong:
		// "How long was the meeting?" names only the event (and perhaps the report's topic, "how
		// long did Trump and Putin meet?"): any span of time answers it.
		onlyEvent := s.onlyTopicWords(u, secs[0].key.report, true)
		holds = func(ss *scoredSentence) bool {
			return ss.intent > 0 && (ss.coverage > 0 || onlyEvent) && s.spanOfAsked(u, ss)
		}
		kind, reason = "a span of time", "The report does not say how long."
		depth, reorder = len(secs), true
	case u.Intent == IntentCount:
		unit := quantityUnit(ws)
		// "How many aides did Putin bring?" is answered by naming them as well as by a number.
		people := countsPeople(ws)
		// "How many points of agreement were there?" asks for a number of points: "many points…
		// but one issue" has a number, but not of points.
		noun := howMany(ws)
		counted := unit == nil && !people && noun != "" && !countsTime(ws) // "how many years since…": a date answers
		var counts func(string) bool
		if counted {
			// The counted noun, and the words the variants table relates to it ("sticking
			// points" → issue), as analysed terms.
			allowed := map[string]bool{}
			for _, t := range u.Terms {
				if w := strings.ToLower(t.Surface); w == noun || strings.HasSuffix(w, " "+noun) {
					allowed[t.Term] = true
					for _, p := range t.Related {
						for _, r := range p {
							allowed[r] = true
						}
					}
				}
			}
			counts = func(word string) bool {
				toks := s.analyzer.Analyze([]byte(word))
				return len(toks) > 0 && allowed[string(toks[len(toks)-1].Term)]
			}
		}
		holds = func(ss *scoredSentence) bool {
			if people && newNames(ss.e.Text, qw, s.wordIsName) >= 2 {
				return true
			}
			if counted {
				return countsMatch(ss.e.Text, ss.spans, counts)
			}
			if countsTime(ws) && (!givesTime(ss.e, slices.Contains(ws, "years") || slices.Contains(ws, "since")) || !s.spanOfAsked(u, ss)) {
				return false // "how many days will the visit last?": "both sides" counts no days
			}
			return ss.intent > 0 && (unit == nil || unit.in(ss.e.Text))
		}
		kind, reason = "a quantity", "The report gives no figure for that."
		if unit != nil {
			kind = unit.kind
		}
		depth, bestOnly = 1, true // numbers are everywhere: only the best sentence may give it
		if noun == "" && unit == nil {
			// A bare "how much?": any sentence of the best section that says it in words, only
			// the best one with a number.
			best := map[*scoredSentence]bool{}
			for _, sc := range secs {
				if len(sc.sentences) > 0 {
					best[sc.sentences[0]] = true
				}
			}
			number := holds
			holds = func(ss *scoredSentence) bool {
				vague := ss.coverage > 0 && slices.ContainsFunc(words(strings.ToLower(ss.e.Text)), func(w string) bool { return vagueAmounts[w] })
				return vague || best[ss] && number(ss)
			}
			bestOnly = false
		}
		if people {
			// Names are not: "how many officials went with Putin?" is answered by the section
			// that names them, among the best three, though another says "Czech officials".
			depth, reorder = 3, true
		}
	case u.Intent == IntentWhen && asksClockTime(ws):
		// "What time did it start?" asks for a time of day: a date or "since 2019" is no answer.
		holds = func(ss *scoredSentence) bool { return ss.coverage > 0 && clockTime.MatchString(ss.e.Text) }
		kind, reason = "a time of day", "The report does not say at what time."
		depth = 1
	case u.Intent == IntentWhen:
		// "While the summit took place, fighting continued" places the fighting in the event's
		// time: an answer to when it happened, not to when it will end ("until when will the
		// fighting continue?").
		future := slices.ContainsFunc(ws, func(w string) bool {
			return w == "will" || w == "gonna" || w == "going" || w == "expected" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll")
		})
		holds = func(ss *scoredSentence) bool {
			return (ss.intent > 0 || !future && slices.ContainsFunc(words(strings.ToLower(ss.e.Text)), func(w string) bool { return timeRelations[w] })) && ss.coverage > 0
		}
		kind, reason = "a time", "The report does not say when."
		depth = 1
		// "When was the last time they had sat down face to face?" asks a past date: a year
		// answers it, "soon" does not; the first of the best three sections with one is quoted.
		if slices.ContainsFunc(ws, func(w string) bool { return w == "last" || w == "previous" || w == "previously" }) && !future {
			when := holds
			holds = func(ss *scoredSentence) bool { return when(ss) && slices.ContainsFunc(words(ss.e.Text), isYear) }
			depth, reorder = 3, true
		}
	case u.Intent == IntentWhere && beForms[ws[0]]:
		return secs, "", "" // "Is Alaska where they met?" asks to confirm the place it names
	case u.Intent == IntentWhere:
		// "Which city in Alaska…?" asks for a place inside the one it names: a related place
		// ("Anchorage" for Alaska) answers it, as it does not "where in Alaska…".
		f := focusWords(ws)
		if !slices.Contains(ws, "in") || len(f) > 0 && !placeNouns[f[len(f)-1]] {
			s.addRelated(qw, u) // "where in Alaska…" asks, as "which city in Alaska" does, for a place inside it
		}
		// "Which Ukrainian cities were hit?" asks for a settlement's name: the country the
		// question names ("Ukrainian": Ukraine) and a direction ("in eastern Ukraine") are none.
		noun := ""
		if len(f) > 0 {
			noun = f[len(f)-1] // "which cities…", "which territory…"
		}
		settlement := settlementNouns[noun]
		if settlement {
			for _, w := range ws {
				if c := variants.equiv[w]; c != "" {
					qw[c] = true
				}
			}
			for w := range directionWords {
				qw[w] = true
			}
			for w := range nations { // a nation is no city or region ("in eastern Ukraine"); its capital is
				if !capitals[w] {
					qw[w] = true
				}
			}
		}
		holds = func(ss *scoredSentence) bool { return namesNewPlace(ss.e.Text, qw) }
		if regionNouns[noun] {
			// "Which territory is Russia demanding?": the report's own place ("met in
			// Anchorage") is no region; a kind the question does not name answers
			// ("Russian-held regions" for "which regions reported drone attacks?").
			for _, w := range words(strings.ToLower(s.corpus.Report(secs[0].key.report).Title)) {
				qw[w] = true
			}
			specific := asksDetail(ws) // "which specific regions…" asks their names, not their kind
			holds = func(ss *scoredSentence) bool {
				return namesNewPlace(ss.e.Text, qw) || !specific && describesNew(ss.e.Text, noun, qw)
			}
		}
		kind, reason = "a place the question does not name", "The report does not say where."
		if settlement {
			reason = fmt.Sprintf("The report does not say which %s.", noun) // "…which cities."
			for _, sc := range secs {
				if p := s.unidentified(u, sc); p != "" {
					reason = fmt.Sprintf("The report mentions %s but does not say which.", p) // "…Russian-held regions…"
					break
				}
			}
		}
		// A question that names a place asks for one inside it, and one that asks for a
		// building asks for one the report names: the best section must give it ("to Moscow"
		// in another section does not say which building in Anchorage hosted the summit).
		// Otherwise the event's place, in whichever of the best sections, answers ("where did
		// the leaders talk for nearly three hours?").
		if i := slices.IndexFunc(ws, func(w string) bool { return buildingNouns[w] }); i >= 0 {
			depth, reason = 1, fmt.Sprintf("The report does not say which %s.", singular(ws[i]))
			if !looseBuildingNouns[ws[i]] {
				// "Which hotel…" asks for a building, which a sentence names with a word for one
				// ("Joint Base Elmendorf–Richardson"): a city's name ("to Moscow") is none.
				holds = func(ss *scoredSentence) bool {
					return namesNewPlace(ss.e.Text, qw) && slices.ContainsFunc(words(strings.ToLower(ss.e.Text)), func(w string) bool {
						return buildingNouns[w] && !looseBuildingNouns[w]
					})
				}
			}
		} else if regionNouns[noun] || slices.ContainsFunc(u.Terms, func(t qterm) bool { return !s.isPerson(t.Term) && isPlace(bareWord(t.Surface)) }) {
			depth = 1 // and "which territory is Russia demanding?" is not answered by "met in Anchorage"
		}
	case asksBesides(ws):
		// "Which European countries besides the Czech Republic voiced concerns?": only a name
		// the question does not give answers; "Czech officials" and "European allies" do not.
		s.addRelated(qw, u)
		holds = func(ss *scoredSentence) bool { return newNames(ss.e.Text, qw, s.wordIsName) > 0 }
		kind, reason = "a name besides those the question gives", "The report names no other."
		depth, bestOnly = 1, true
	case u.Intent == IntentWho && asksSpeaker(ws):
		holds = func(ss *scoredSentence) bool {
			return hasSayingVerb(ss.e.Text) && newNames(ss.e.Text, qw, s.wordIsName) > 0
		}
		kind, reason = "a name the question does not give, with a verb of saying", "The report does not say who said that."
		depth, bestOnly = 1, true
	case s.asksPersonOf(ws):
		// "Which Kremlin official called it a win?": the group is given, so only a person's name
		// answers ("Russia viewed…" names none), and one the question names under another name
		// is no answer.
		s.addRelated(qw, u)
		holds = func(ss *scoredSentence) bool {
			return newNames(ss.e.Text, qw, s.wordIsName) > 0 && slices.ContainsFunc(words(ss.e.Text), func(w string) bool {
				r, _ := utf8.DecodeRuneInString(w)
				return unicode.IsUpper(r) && !qw[bareWord(w)] && !isPossessive(w) && s.wordIsPerson(bareWord(w))
			})
		}
		kind, reason, namesSomeone = "a person's name the question does not give", "The report does not name them.", true
		depth, bestOnly = 1, true
	case asksPersonKind(ws):
		// "Which officials went with Putin?": a person's name answers, in whichever of the best
		// three sections gives one; so does a group named by the kind itself after a name the
		// question does not give ("which officials criticized Putin?" → "Czech officials
		// noted…", but "Czech officials" is no answer to who went with Putin unless the rest of
		// the question matches there too, which the ranking sees to).
		s.addRelated(qw, u)
		group := personKind(ws)
		holds = func(ss *scoredSentence) bool {
			ws := words(ss.e.Text)
			return slices.ContainsFunc(ws, func(w string) bool {
				r, _ := utf8.DecodeRuneInString(w)
				return unicode.IsUpper(r) && !qw[bareWord(w)] && !isPossessive(w) && s.wordIsPerson(bareWord(w))
			}) || namedGroup(ws, group, qw)
		}
		kind, reason, namesSomeone = "a person's name the question does not give", "The report does not name them.", true
		depth, reorder = 3, true
	case u.Intent == IntentWho || asksName(ws):
		holds = func(ss *scoredSentence) bool { return newNames(ss.e.Text, qw, s.wordIsName) > 0 }
		kind, reason, namesSomeone = "a name the question does not give", "The report does not name them.", true
		depth, bestOnly = 1, true
	default:
		return secs, "", ""
	}
	// "Which two presidents took part?": a sentence that denies what it matched ("Zelenskiy was
	// not present") names no one who did, unless the question denies it too ("who was not
	// there?").
	var unfiltered func(*scoredSentence) bool
	unfilteredReorder := reorder
	if namesSomeone {
		if !slices.ContainsFunc(ws, denies) {
			asked := holds
			unfiltered = asked
			holds = func(ss *scoredSentence) bool { return asked(ss) && !deniesMatch(ss) }
			if deniesMatch(secs[0].sentences[0]) {
				depth, reorder = max(depth, 3), true // "who attended the meeting?": another of the best answers
			}
		}
	}
	first, rest := answering(secs, holds, depth, bestOnly, reorder)
	if len(first) == 0 && unfiltered != nil {
		// "Who was present?": every answer denied it; the denial is then the answer.
		holds, reorder = unfiltered, unfilteredReorder
		first, rest = answering(secs, holds, depth, bestOnly, reorder)
	}
	if len(first) == 0 {
		if u.Figurative { // a figure of speech: no statement to require, none found
			return secs, "", ""
		}
		// "What is Lavrov's position?" may ask a person's post as well as his stance: without a
		// statement of his, the question is answered as any other, by the sentence that names
		// him (in his post).
		if p := slices.Index(ws, "position"); p >= 0 && !slices.ContainsFunc(ws[p+1:], func(w string) bool { return !fillerWords[w] && w != "now" }) &&
			!slices.ContainsFunc(u.Actor, func(i int) bool { return !s.isPerson(u.Terms[i].Term) }) { // "…position on the deal?" asks a stance, "NATO's position" a body's
			return secs, "", ""
		}
		return secs, kind, reason
	}
	if !reorder {
		return secs, kind, ""
	}
	if len(u.Actor) > 0 && !u.Figurative {
		return first, kind, "" // only what they said answers what they said
	}
	return append(first, rest...), kind, ""
}

// answering splits secs into those among the first depth whose sentences (the best only, with
// bestOnly) include one that holds, and the rest; with reorder, each answering section's quote
// starts from that sentence.
func answering(secs []*scoredSection, holds func(*scoredSentence) bool, depth int, bestOnly, reorder bool) (first, rest []*scoredSection) {
	for i, sec := range secs {
		candidates := sec.sentences
		if bestOnly {
			candidates = candidates[:1]
		}
		j := slices.IndexFunc(candidates, holds)
		if i >= depth || j < 0 {
			rest = append(rest, sec)
			continue
		}
		if reorder { // the quote starts from the sentence that answers
			sec.sentences = append([]*scoredSentence{sec.sentences[j]}, slices.Delete(slices.Clone(sec.sentences), j, j+1)...)
		}
		first = append(first, sec)
	}
	return first, rest
}

// A unit is the form a quantity must take to answer a question that asks for one of a kind: a
// share of something, a sum of money, a number of times, an age. A sentence with some other number
// ("a three-hour discussion") does not say what percent of Ukraine Russia holds.
type unit struct {
	kind  string   // what the question asks for, for -explain ("a percentage")
	marks []string // words or symbols (lower case) of which an answer has one
}

// The units a question can ask for by name.
var (
	unitShare = unit{"a percentage", []string{"%", "percent", "per cent", "percentage", "percentages",
		"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "fraction", "majority"}}
	unitMoney = unit{"a sum of money", []string{"$", "€", "£", "₽", "dollar", "dollars", "euro",
		"euros", "rouble", "roubles", "ruble", "rubles", "pounds", "cost", "costs", "price", "prices",
		"budget", "budgets", "funding"}}
	unitTimes = unit{"a number of times", []string{"times", "once", "twice", "thrice", "every", "each"}}
	unitAge   = unit{"an age", []string{"years old", "year-old", "aged", "age"}}
)

// shareNouns after "what" ask for a share ("what percent of Ukraine…").
var shareNouns = set("percent percentage proportion share fraction")

// moneyWords in a "how much" question ask for a sum of money ("how much did it cost?"); "how much
// time did they spend?" asks how long.
var moneyWords = set("cost costs costed pay paid spend spent money dollars budget")

// quantityUnit returns the unit a count question asks for, or nil when it asks for a plain
// number ("how many drones", "how many hours did they spend"). ws are the question's words, lower
// case. Only the words that ask carry the unit: "what percent", "what cost", "how often", "how
// many times", "how much of", "how much … cost".
func quantityUnit(ws []string) *unit {
	at := func(i int) string {
		if i < len(ws) {
			return ws[i]
		}
		return ""
	}
	for i, w := range ws {
		next := at(i + 1)
		w = questionWord(w) // "what's" → "what"
		if w == "what" || w == "which" {
			next = afterArticles(ws, i+1) // "what's the percentage", "what was the cost"
		}
		switch {
		case (w == "what" || w == "which") && shareNouns[next]:
			return &unitShare
		case (w == "what" || w == "which") && (next == "cost" || next == "price"), w == "how" && next == "expensive":
			return &unitMoney
		case (w == "what" || w == "which") && next == "age", w == "how" && next == "old":
			return &unitAge
		case w == "how" && next == "often", w == "how" && next == "many" && at(i+2) == "times":
			return &unitTimes
		case w == "how" && next == "much" && at(i+2) == "of":
			return &unitShare
		case w == "how" && next == "much" && at(i+2) != "time": // "how much time" asks how long
			if slices.ContainsFunc(ws, func(w string) bool { return moneyWords[w] }) {
				return &unitMoney
			}
		}
	}
	return nil
}

// in reports whether text has one of the unit's marks (any case). A mark that begins or ends
// with a letter must begin or end a word there: "percent" is found in "40 percent", but "euro" not
// in "European", nor "age" in "agenda".
func (un *unit) in(text string) bool {
	lower := strings.ToLower(text)
	for _, m := range un.marks {
		first, _ := utf8.DecodeRuneInString(m)
		last, _ := utf8.DecodeLastRuneInString(m)
		for off := 0; ; {
			i := strings.Index(lower[off:], m)
			if i < 0 {
				break
			}
			i += off
			before, _ := utf8.DecodeLastRuneInString(lower[:i])
			after, _ := utf8.DecodeRuneInString(lower[i+len(m):])
			if !(unicode.IsLetter(first) && unicode.IsLetter(before)) && !(unicode.IsLetter(last) && unicode.IsLetter(after)) {
				return true
			}
			off = i + len(m)
		}
	}
	return false
}

// set makes a set of the space-separated words in list.
func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// howMany returns the noun a "how many" question counts, or "": in the few words after "how
// many", the first plural ("how many big issues remain…" → issues, "how many aides went…" →
// aides, "how many hrs…" → hrs), a word for people ("people"), or else the last word before a
// function word. ws are its words, lower case.
func howMany(ws []string) string {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "how" || ws[i+1] != "many" {
			continue
		}
		end := i + 2
		for end < len(ws) && end < i+5 && !phraseEnds[ws[end]] && !nounPhraseEnds[ws[end]] {
			w := bareWord(ws[end])
			if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || peopleNouns[w] {
				return w
			}
			end++
		}
		if end > i+2 {
			return bareWord(ws[end-1])
		}
	}
	return ""
}

// countsPeople reports whether a how-many question counts the members of a party ("how many aides
// did Putin bring?", "how many people were in Trump's delegation?", "how many envoys went with
// Trump?"), which a list of names answers. ws are its words, lower case. Counts of people at large
// ("how many people were killed", "how many Czech officials commented?") need a number.
func countsPeople(ws []string) bool {
	n := howMany(ws)
	return (partyNouns[n] || peopleNouns[n]) && slices.ContainsFunc(ws, func(w string) bool { return partyWords[w] })
}

// peopleNouns name people at large; partyWords place them in a party ("…in his delegation", "…did
// Putin bring").
var (
	peopleNouns = set(`people ppl persons men women guys folks`)
	partyWords  = set(`delegation delegations team teams entourage party bring brought bringing
		accompany accompanied accompanying join joined joining with`)
)

// countWindow is how many words before the counted noun a number may stand and still count it
// ("one “most significant” issue", "three-hour").
const countWindow = 3

// countsMatch reports whether text puts a number (see isQuantity; an ordinal such as "first" is
// none) before one of the matched words at byte spans that stands for the counted noun (counts:
// whether a word of text, lower case, is that noun or a word related to it), within countWindow
// words or in the same hyphenated word ("three-hour").
func countsMatch(text string, spans [][2]int, counts func(word string) bool) bool {
	ws := wordSpans(text)
	for _, sp := range spans {
		at := slices.IndexFunc(ws, func(w [2]int) bool { return w[0] <= sp[0] && sp[0] < w[1] })
		if at < 0 || !counts(strings.ToLower(text[sp[0]:sp[1]])) {
			continue
		}
		for i := max(0, at-countWindow); i <= at; i++ {
			if w := strings.ToLower(text[ws[i][0]:ws[i][1]]); isQuantity(w) && !ordinals[w] {
				return true
			}
		}
	}
	return false
}

// givesTime reports whether a passage has a unit of time ("three-hour", "two days": its features'
// duration) or, when years count (the question asks "how many years" or "since"), a year ("since
// 2019"): what a "how many hours/years…" question needs.
func givesTime(e *entry, years bool) bool {
	return e.features().duration || years && slices.ContainsFunc(words(e.Text), isYear)
}

// vagueAmounts say how much without a number: they answer a bare "how much?" or "how many?".
var vagueAmounts = set(`many few several most much little lots plenty numerous`)

// ordinals give a place in order, not a count ("their first summit").
var ordinals = set(`first second third`)

// partyNouns name the members of a delegation or team.
var partyNouns = set(`aides advisers advisors officials ministers envoys diplomats delegates
	negotiators members staff staffers`)

// asksClockTime reports whether a question asks "what time" something happened. ws are its
// words, lower case.
func asksClockTime(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "what" || ws[i] == "which") && ws[i+1] == "time" {
			return true
		}
	}
	return false
}

// clockTime finds a time of day in a sentence: "10:30", "9 a.m.", "noon", "in the evening".
var clockTime = regexp.MustCompile(`(?i)\b\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)(\W|$)|\b\d{1,2}:\d\d\b|o['’]clock|\b(noon|midday|midnight|morning|afternoon|evening|night|dawn|dusk)\b`)

// timeRelations place an event in time relative to another ("while the summit took place"): a
// when-question is answered by one as well as by a date.
var timeRelations = map[string]bool{"while": true, "during": true, "meanwhile": true, "after": true,
	"before": true, "since": true}

// eventNouns name the event itself in a how-long question ("how long was the meeting?").
var eventNouns = map[string]bool{"meeting": true, "meet": true, "met": true, "summit": true,
	"talks": true, "talk": true, "talked": true, "talking": true, "discussion": true, "discussions": true,
	"conversation": true, "session": true, "event": true, "it": true}

// spanOfAsked reports whether the span of time of a sentence is that of what the question asks
// the length of. A compound span describes the word after it ("three-hour discussion"): when the
// sentence matches a word of the question other than the event and the report's title ("how long
// has the Ukraine war been going on?" matches "the Ukraine conflict"), the question must name
// that word too, or the event when the word is one ("how long did they talk about Ukraine?").
// An everyday word the report lacks is a thing it gives no length of ("how long did Putin stay
// in Alaska?", "how many hours did Putin make Trump wait?"). A span that stands alone ("for two
// days") is not checked.
func (s *snapshot) spanOfAsked(u understanding, ss *scoredSentence) bool {
	of := ss.e.features().durationOf
	if of == "" {
		return true
	}
	title := s.titleTerms[ss.e.Report]
	ofTerm := ""
	if toks := s.analyzer.Analyze([]byte(of)); len(toks) == 1 {
		ofTerm = string(toks[0].Term)
	}
	other := false
	for i, t := range u.Terms {
		w := bareWord(t.Surface)
		if (eventNouns[w] || s.eventTerms()[t.Term]) && eventNouns[of] { // "tlak" read as talk
			return true
		}
		if ofTerm != "" && (t.Term == ofTerm || slices.ContainsFunc(t.Related, func(p []string) bool { return slices.Contains(p, ofTerm) })) {
			return true
		}
		_, everyday := commonRank[w]
		other = other || ss.inText[i] && !t.Light && t.Weight > 0 && !title[t.Term] && !eventParticipants[w] ||
			!t.Known && !t.Light && t.Weight > 0 && everyday // "how long did Putin stay?"; a typo ("tlak") is no word
	}
	return !other
}

// eventParticipants stand for the people of the report's event beside a word for the event
// itself: "how long did the two leaders meet?" names only the event, "how long have the two
// leaders been presidents?" does not.
var eventParticipants = map[string]bool{"leaders": true, "presidents": true, "two": true,
	"both": true, "sides": true}

// wordIsName reports whether a word (lower case) is a name of the corpus (see isName).
func (s *snapshot) wordIsName(word string) bool {
	toks := s.analyzer.Analyze([]byte(word))
	return len(toks) == 1 && s.isName(string(toks[0].Term))
}

// variantNames are the canonical names of the variants table's places and people ("kyiv" for
// "kiev"): the words it maps a name to.
var variantNames = func() map[string]bool {
	m := map[string]bool{}
	for v, canon := range variants.equiv {
		if properNouns[v] {
			m[canon] = true
		}
	}
	return m
}()

// denies reports whether a word (lower case) denies: "not", "never", a negated auxiliary.
func denies(w string) bool {
	return w == "not" || w == "never" || w == "no" || strings.HasSuffix(w, "n't") || negatedBe[w] || pastAuxiliaries[w] && strings.HasSuffix(w, "nt")
}

// deniesMatch reports whether a sentence denies a word the question matched: "not" or "never"
// one or two words before it ("Zelenskiy was not present at the meeting").
// A denial the question matched itself ("missing" ~ "not present") is what it asks.
func deniesMatch(ss *scoredSentence) bool {
	spans := wordSpans(ss.e.Text)
	matched := func(sp [2]int) bool {
		return slices.ContainsFunc(ss.spans, func(m [2]int) bool { return sp[0] >= m[0] && sp[0] < m[1] })
	}
	for _, m := range ss.spans {
		i := slices.IndexFunc(spans, func(sp [2]int) bool { return sp[0] == m[0] })
		for j := max(0, i-2); i > 0 && j < i; j++ {
			if w := strings.ToLower(ss.e.Text[spans[j][0]:spans[j][1]]); (w == "not" || w == "never") && !matched(spans[j]) {
				return true
			}
		}
	}
	return false
}
