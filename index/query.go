package index

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Intent is what a question asks for, read from its question word.
type Intent string

// Intents. IntentNone ranks on the words alone.
const (
	IntentNone  Intent = ""
	IntentWho   Intent = "who"     // people: favours passages that name people
	IntentWhere Intent = "where"   // place: favours "in/at/to <Place>"
	IntentWhen  Intent = "when"    // time: favours years, months and time words
	IntentLong  Intent = "howlong" // duration: favours units of time ("three-hour")
	IntentYesNo Intent = "yesno"   // did/was/is…: favours passages that affirm or deny
	IntentCount Intent = "count"   // how many/much: needs a passage with a number
)

// Limits on the query side.
const (
	// MaxQueryTerms caps the content terms taken from a question; the rest are ignored, so a
	// 6000-character message costs no more than a long sentence (NOTES-bleve.md).
	MaxQueryTerms = 24
	// relatedWeight is the weight of a related word or phrase from the variants table relative to
	// the question word it stands for.
	relatedWeight = 0.7
)

// contracted maps the forms of question words typed in chat to the words: with "is" or "did"
// contracted, the apostrophe dropped ("whats", "whyd") or kept ("why'd"), and chat spellings
// ("wen", "wat"). Each form with an apostrophe also stands without it.
var contracted = withoutApostrophes(map[string]string{"whos": "who", "wheres": "where", "whens": "when",
	"hows": "how", "whats": "what", "whys": "why", "why'd": "why", "how'd": "how", "where'd": "where",
	"what'd": "what", "who'd": "who", "when'd": "when", "wen": "when", "wat": "what", "wut": "what",
	"wher": "where", "whr": "where", "wht": "what", "hw": "how"})

// withoutApostrophes adds to m each key with an apostrophe also without it ("didn't" → "didnt"),
// as chat types it, and returns m.
func withoutApostrophes[V any](m map[string]V) map[string]V {
	for k, v := range m {
		if strings.Contains(k, "'") {
			m[strings.ReplaceAll(k, "'", "")] = v
		}
	}
	return m
}

// questionWord returns w (lower case) without a possessive or contracted "is": "where's",
// "who's", "whats" → the question word.
func questionWord(w string) string {
	w = bareWord(w)
	if q, ok := contracted[w]; ok {
		return q
	}
	return w
}

// yesNoStarts are the auxiliary verbs that open a yes/no question in English, the negated ones
// with the apostrophe and without ("isnt").
var yesNoStarts = withoutApostrophes(set(`did was were is are will does do has have had can could would
	should isn't wasn't didn't don't doesn't aren't weren't haven't hasn't won't can't couldn't
	wouldn't shouldn't`))

// detectIntent reads the intent from the question's words (lower case).
func detectIntent(typed []string) Intent {
	ws := append([]string(nil), typed...)
	for i, w := range ws {
		ws[i] = questionWord(w)
	}
	for i, w := range ws {
		// In a yes/no question a question word right after a noun with its determiner opens a
		// relative clause ("does he accept any proposal where Ukraine gives up land?", "was
		// there a day when…"); elsewhere it asks ("do you know exactly where they met?", "was
		// there a summit, and where was it held?").
		if yesNoStarts[ws[0]] && (whWords[w] || w == "when") && relativeAfter(ws[:i]) {
			continue
		}
		switch w {
		case "who", "whom", "whose":
			if i > 0 && ws[i-1] == "of" {
				continue // "the choice of who came along": a clause inside the question
			}
			return IntentWho
		case "where":
			// "Where does Zelensky stand on…" asks a position, not a place.
			if slices.ContainsFunc(ws[i+1:min(i+6, len(ws))], func(w string) bool { return w == "stand" || w == "stands" }) {
				continue
			}
			return IntentWhere
		case "when":
			return IntentWhen
		case "how":
			if i+1 < len(ws) && ws[i+1] == "long" || i+2 < len(ws) && ws[i+1] == "much" && ws[i+2] == "time" {
				return IntentLong // "how long", "how much time"
			}
			if i+1 < len(ws) && amountWords[ws[i+1]] {
				return IntentCount
			}
			if i+1 < len(ws) && ws[i+1] == "soon" {
				return IntentWhen
			}
		case "what", "which":
			if timeNouns[afterArticles(ws, i+1)] { // "what year…", "what was the exact date…"
				return IntentWhen
			}
			if measureNouns[afterArticles(ws, i+1)] { // "what percent of…", "what's the cost…"
				return IntentCount
			}
			// "which city", "which specific regions"; "which countries attended?" and "which
			// country's officials…" ask for names, not a place
			k := i // "which specific Ukrainian cities": a detail word first
			for k+1 < len(ws) && detailWords[ws[k+1]] {
				k++
			}
			for j := k + 1; j < len(ws) && (j <= k+2 || j == k+3 && placeModifier(ws[k+1]) && placeModifier(ws[k+2])); j++ {
				if strings.HasSuffix(typed[j], "'s") || strings.HasSuffix(typed[j], "’s") || i > 0 && ws[i-1] == "from" {
					break // "which country's officials…", "officials from which country…" ask whose, a name
				}
				if placeNouns[ws[j]] || (placeNouns[singular(ws[j])] && !nameNouns[ws[j]]) {
					return IntentWhere
				}
			}
		}
	}
	if len(ws) > 0 && yesNoStarts[ws[0]] {
		return IntentYesNo
	}
	// A fragment that ends in a word for a place or a time asks where or when ("summit
	// location?", "meeting venue", "date of the summit" does not end so).
	if n := len(ws); n >= 2 && n <= 4 && !slices.ContainsFunc(ws, func(w string) bool { return questionWords[questionWord(w)] }) {
		switch {
		case placeNouns[ws[n-1]] && ws[n-1] != "territory" && ws[n-1] != "region" &&
			!slices.ContainsFunc(ws[:n-1], func(w string) bool { return isPlace(bareWord(w)) }): // "alaska city?" asks which city in it
			return IntentWhere
		case timeNouns[ws[n-1]] && ws[n-1] != "time" &&
			!slices.ContainsFunc(ws[:n-1], func(w string) bool { return capitals[bareWord(w)] }): // "moscow meeting date": another meeting
			return IntentWhen
		}
	}
	return IntentNone
}

// placeModifier reports whether a word (lower case) may stand before a word for a place as a
// direction or a nation's adjective ("which eastern Ukrainian cities").
func placeModifier(w string) bool { return directionWords[w] || nations[w] != "" }

// relativeAfter reports whether the words before a question word end in a noun phrase that it
// opens a relative clause of: a determiner, at most one modifier and a noun ("any proposal
// where", "a long day when"), and no verb of knowing or telling ("the report say where").
func relativeAfter(before []string) bool {
	n := len(before)
	if n < 2 || indirectAsks[before[n-1]] || conjunctions[before[n-1]] {
		return false
	}
	return relativeDeterminers[before[n-2]] || n >= 3 && relativeDeterminers[before[n-3]] && !indirectAsks[before[n-2]]
}

// conjunctions join a second question ("…, and where was it held?").
var conjunctions = set(`and or but so then`)

// relativeDeterminers open the noun phrase a relative clause follows.
var relativeDeterminers = set(`a an any the some every each no another`)

// indirectAsks come before a question word that asks indirectly inside a yes/no question.
var indirectAsks = set(`know knows knew known tell told say said says me us explain remember wonder
	idea sure clear clue find out see hear heard mention mentioned state stated report reported
	reveal revealed specify specified`)

// beForms are the forms of "be" between a question word and what it asks about.
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true}

// afterArticles returns ws[i], or the first word from i that is no article, form of "be" or
// detail word ("what is the cost": "cost"; "what was the exact date": "date"), or "".
func afterArticles(ws []string, i int) string {
	for j := i; j < len(ws) && j < i+4; j++ {
		switch {
		case articles[ws[j]] || beForms[ws[j]] || detailWords[ws[j]]:
		default:
			return ws[j]
		}
	}
	return ""
}

// timeNouns after "what" or "which" ask when ("what year…", "which day…").
var timeNouns = map[string]bool{"time": true, "year": true, "date": true, "day": true, "month": true, "calendar": true}

// countsTime reports whether ws ask "how many" of a unit of time.
func countsTime(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "how" && ws[i+1] == "many" && durationUnits[ws[i+2]] {
			return true
		}
	}
	return false
}

// amountWords after "how" ask for a quantity ("how many", "how big").
var amountWords = map[string]bool{"many": true, "much": true, "big": true, "large": true,
	"often": true, "high": true, "expensive": true}

// measureNouns after "what" ask for a quantity ("what percent of Ukraine…").
var measureNouns = map[string]bool{"percent": true, "percentage": true, "proportion": true, "fraction": true,
	"share": true, "amount": true, "number": true, "age": true, "cost": true, "price": true}

// eventWords only say that something happened, in a "where" or "when" question ("where was the
// summit held?", "when did it take place?"); the place or time is what is asked.
var eventWords = map[string]bool{"held": true, "hold": true, "take": true, "took": true, "taken": true,
	"place": true, "happen": true, "happened": true, "occur": true, "occurred": true, "be": true,
	"time": true, "last": true}

// countryNouns name a country, which "from which…" asks the name of.
var countryNouns = set(`country countries nation nations state states`)

// nameNouns are plural place nouns answered by names rather than places ("which countries
// attended?": the US and Russia).
var nameNouns = map[string]bool{"countries": true, "states": true, "capitals": true}

// singular is an English plural made singular, for the place nouns ("cities" → "city").
func singular(w string) string {
	if s, ok := strings.CutSuffix(w, "ies"); ok {
		return s + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// whereWords only carry the intent of a where-question: the event words, and the place nouns of
// "which city…" (the city is what is asked).
var whereWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range eventWords {
		m[w] = true
	}
	for w := range placeNouns {
		m[w], m[w+"s"] = true, true
	}
	m["cities"] = true
	return m
}()

// placeNouns after "which" or "what" ask where ("which city hosted the summit?").
var placeNouns = map[string]bool{"city": true, "country": true, "place": true, "town": true,
	"location": true, "venue": true, "state": true, "capital": true, "region": true,
	"building": true, "hotel": true, "base": true, "spot": true, "territory": true, "province": true}

// durationWords only carry the intent of a "how long" question ("How long did the talks last?")
// and are not searched for.
var durationWords = map[string]bool{"long": true, "last": true, "lasted": true, "take": true,
	"took": true, "go": true, "went": true, "much": true, "time": true, "spend": true, "spent": true}

// qterm is one content term of a question.
type qterm struct {
	Surface   string     // the word as typed
	Term      string     // analysed form searched for (after any correction)
	Corrected bool       // Term is a spelling correction of an unknown word
	Specific  bool       // a name (capitalised after the first word) or a year: the report must have it
	Known     bool       // Term, or one of its related phrases, is in the index vocabulary
	Related   [][]string // related phrases from the variants table, analysed, in the vocabulary
	Weight    float64    // inverse passage frequency (unknown terms: see idf and commonWeight)
	Light     bool       // a light verb or filler that asks nothing by itself ("go", "make")
	ReadAs    string     // the related-words table's word this misspells ("acheive" → "achieve"), or ""
}

// lightWords carry almost no content in a question: light verbs and their forms, and fillers. A
// question about a name the report mentions plus one of these ("did Rubio go with Trump") is
// not asking for a fact the report lacks.
var lightWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`go goes going went gone make makes making made get gets getting got
		gotten come comes coming came take takes taking took taken do does doing did done have has having
		had be been being is was were are am say says said see sees saw seen give gives gave given put
		let keep kept want wants wanted need needs needed seem seems seemed happen happened thing things
		try tries trying tried happening together goin set sets find finds found finding
		stuff really actually even still just also anyway gonna wanna gotta kinda sorta like lot lots
		much many way ok okay yeah yes no whole everything something everyone someone everybody somebody`) {
		m[w] = true
	}
	return m
}()

// fillerWords hedge or intensify and ask nothing: a report sentence that happens to use one
// ("Putin even invited…") is no better an answer for it, so they are not searched at all.
var fillerWords = map[string]bool{"really": true, "actually": true, "even": true,
	"just": true, "also": true, "anyway": true, "kinda": true, "sorta": true, "like": true,
	"basically": true, "literally": true, "ever": true, "totally": true, "pretty": true,
	"super": true, "hella": true, "proper": true, "honestly": true, "frankly": true, "merely": true, "whatsoever": true,
	"regarding": true, // a preposition for "about", which is no word to search ("concerning" is also an adjective)
	// words that ask for a detail: read by the detail check (detail.go), not searched
	"specific": true, "specifically": true, "precisely": true, "particular": true,
	"particularly": true, "exact": true, "precise": true, "concretely": true,
	// chat abbreviations
	"tbh": true, "lol": true, "lmao": true, "imo": true, "imho": true, "nah": true, "pls": true,
	"plz": true, "btw": true, "idk": true, "ngl": true, "fr": true, "tl": true, "dr": true, "tldr": true,
	"smh": true, "bruh": true, "wtf": true, "omg": true, "ffs": true, "tho": true, "though": true, "although": true, "dunno": true, "lemme": true, "gimme": true, "thx": true,
	"wrt": true, "smth": true, "sth": true, "ya": true, "yall": true, "y'all": true, "w": true, // w/ = with
	// chat spellings of function words ("did they talk abt ukraine", "r they meeting again")
	"u": true, "ur": true, "r": true, "n": true, "bout": true, "bc": true, // abt, cuz, coz: see chatSpelling
	// titles before a name ("Mr. Putin")
	"mr": true, "mrs": true, "ms": true, // and "dr" above
	// hedges on a figure ("roughly how long…"): the question asks the figure; "technically"
	"roughly": true, "approximately": true, "approx": true, "technically": true, "separately": true,
	// the document asked about ("what does the report say about…")
	"report": true, "article": true,
	// "who else was there?", "what else did Trump say?" ask what the words without it ask
	"else": true,
	// "any deal yet?", "is the war over yet?": the report tells where things stand
	"yet": true}

// longFillers are the hedges, intensifiers and detail words of fillerWords and detailWords with
// six letters or more, as runes, sorted: the ones a typo can be told from another word by
// ("actualy", "specificaly"). The nouns among the fillers ("report", "article") and "proper" and
// "though" are left out: one edit away are other words ("deport", "prosper", "thought").
var longFillers = func() [][]rune {
	var ws []string
	for w := range fillerWords {
		if len(w) >= 6 && w != "report" && w != "article" && w != "proper" && w != "though" {
			ws = append(ws, w)
		}
	}
	for w := range detailWords {
		if len(w) >= 6 && !fillerWords[w] {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	out := make([][]rune, len(ws))
	for i, w := range ws {
		out[i] = []rune(w)
	}
	return out
}()

// misspeltFiller returns the filler or detail word that w (lower case) misspells by one edit
// ("actualy" → "actually", "specificaly" → "specifically"), or "" when w is one, is an everyday
// English word, or is no such misspelling. buf is reused across calls.
func misspeltFiller(w string, buf *editBuffer) string {
	if len(w) < 6 || fillerWords[w] || detailWords[w] {
		return ""
	}
	if _, everyday := everydayRank(w); everyday {
		return ""
	}
	rs := []rune(w)
	for _, f := range longFillers {
		if d := len(f) - len(rs); d >= -1 && d <= 1 && buf.distance(rs, f, 1) <= 1 {
			return string(f)
		}
	}
	return ""
}

// requestWords ask for an account of the topic rather than a fact ("give me a summary of the
// summit", "any news on…"): like fillerWords they are not searched, and alone they ask about the
// report's event (see refersToEvent).
var requestWords = map[string]bool{"summary": true, "summarize": true, "summarise": true,
	"recap": true, "rundown": true, "gist": true, "news": true, "update": true, "updates": true,
	"info": true, "information": true, "details": true, "explain": true, "lowdown": true,
	"breakdown": true, "highlights": true, "takeaways": true, "thoughts": true, "tldr": true,
	"detail": true, "detailed": true, "latest": true, "context": true, "background": true,
	// polite requests to the bot ("could you kindly indicate…", "please specify…")
	"indicate": true, "specify": true, "kindly": true,
	// where something stands ("what's the status of the three-way meeting?", "what was the
	// situation on the ground?")
	"status": true, "situation": true}

// reportNouns name the report itself ("what is this article about?", "what does the story say
// about…").
var reportNouns = set(`report article story piece`)

// mentionWords are never searched: "did NATO get mentioned?" asks whether the report covers
// NATO, and "what did Trump mention about NATO?" asks for his statement (speechActor reads the
// verb, which is why these are no fillerWords).
var mentionWords = set(`mention mentions mentioned mentioning`)

// genericActors are no one in particular ("how did people describe the talks?"): not a speaker
// the report could lack.
var genericActors = map[string]bool{"people": true, "folks": true, "everyone": true,
	"everybody": true, "anyone": true, "anybody": true, "public": true, "others": true,
	"someone": true, "somebody": true, "world": true}

// understanding is how a question was read.
type understanding struct {
	Text   string
	Words  []string // Text's words, lower case (see words): read them, do not change them
	Intent Intent
	Terms  []qterm
	Hint   []qterm // canned terms from the command (never cause a refusal)
	// DateAnswers: a date answers the question too ("how many years since…", "how long has it
	// been since…": "since 2019").
	DateAnswers bool
	// Actor holds the indices in Terms of whoever the question asks a statement of ("what did
	// Lavrov say?": lavrov), when the report knows them; see answertype.go.
	Actor []int
	// Feeling: the question asks how someone felt ("how did Putin feel…", "was Trump happy…"):
	// a statement answers it only by a verb of attitude, not by an act such as inviting (see
	// actVerbs).
	Feeling bool
	// Figurative: what the question asks a statement of is a thing, not someone ("what does the
	// violence say about…", "what does Rubio's presence say…"; see canSpeak): a sentence where it
	// is the subject of a verb of saying answers best ("the violence highlighted…"), but without
	// one the question is still answered.
	Figurative bool
	// After holds the words that place the question after the report's event ("after the summit
	// ended"; see afterPhrase), lower case, or nil.
	After []string
}

// chatShorthand spells out the slash abbreviations of chat, which the analyzer would split into
// single letters: "w/" (with), "w/o" (without), "b/c" (because), "y/n" (yes or no: "trade
// discussed y/n" asks whether, which the words before it ask already: it is dropped, not
// searched as "no"). The space after one is left for the next.
var chatShorthand = regexp.MustCompile(`(?i)(^|[\s(])(w/o|w/|b/c|y/n)`)

// spellShorthand spells out chatShorthand where it stands as a word of its own ("w/ Putin",
// "w/Putin", "… b/c."), not inside one ("Moscow/ Washington"), and a lone "w" before a word as
// "with" (chatWith).
func spellShorthand(text string) string {
	if strings.Contains(text, "/") {
		text = chatShorthand.ReplaceAllStringFunc(text, func(m string) string {
			sub := chatShorthand.FindStringSubmatch(m)
			word := map[string]string{"w/o": "without ", "w/": "with ", "b/c": "because ", "y/n": ""}[strings.ToLower(sub[2])]
			return sub[1] + word
		})
	}
	if strings.Contains(text, "w ") || strings.Contains(text, "W ") {
		text = chatWith.ReplaceAllString(text, "${1}with${2}")
	}
	return chatWords.ReplaceAllStringFunc(text, func(m string) string { return chatSpelling[strings.ToLower(m)] })
}

// chatSpelling spells out chat spellings of function words that phrases are read with ("what
// did they talk abt" reads the phrase "talk about").
var chatSpelling = map[string]string{"abt": "about", "cuz": "because", "coz": "because"}

// chatWords finds chatSpelling's words where they stand alone.
var chatWords = regexp.MustCompile(`(?i)\b(?:abt|cuz|coz)\b`)

// unshout writes a message typed in capitals ("DID THEY REACH A DEAL?") in lower case, so that
// its words are not read as names: at least eight letters, nine in ten of them capitals.
func unshout(text string) string {
	var letters, upper int
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters < 8 || upper*10 < letters*9 {
		return text
	}
	return strings.ToLower(text)
}

// joinCompounds writes two words of text that the corpus writes as one hyphenated word with
// the hyphen ("russian held regions" → "russian-held regions"), so that the question reads as
// the report does: a compound modifier, not a verb. The text keeps its length.
func (s *snapshot) joinCompounds(text string) string {
	if len(s.compounds) == 0 {
		return text
	}
	spans := wordSpans(text)
	var b []byte
	for k := 0; k+1 < len(spans); k++ {
		a, c := spans[k], spans[k+1]
		if c[0] != a[1]+1 || text[a[1]] != ' ' {
			continue
		}
		if s.compounds[strings.ToLower(text[a[0]:a[1]]+"-"+text[c[0]:c[1]])] {
			if b == nil {
				b = []byte(text)
			}
			b[a[1]] = '-'
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// chatWith is a lone "w" before a word, chat for "with" ("who came w trump").
var chatWith = regexp.MustCompile(`(?i)(^|[\s(])w(\s+\pL)`)

// read analyses text against the snapshot's vocabulary: content terms, spelling corrections,
// related phrases, intent.
func (s *snapshot) read(text string, hint string) understanding {
	text = s.joinCompounds(spellShorthand(unshout(text)))
	if strings.Contains(text, "?") && !yesNoStarts[strings.ToLower(firstWordOf(text))] || strings.Contains(text, ", ") {
		// "zelensky wasnt there right?" asks as "…there?" does; "was Trump right?" asks "right"
		text = tagQuestions.ReplaceAllString(text, "$1?")
	}
	lowerWords := words(strings.ToLower(text))
	var typos []string // filler and detail words misspelt: read as the words, not searched
	var buf editBuffer
	for i, w := range lowerWords {
		if len(typos) < MaxQueryTerms {
			if f := misspeltFiller(w, &buf); f != "" {
				typos = append(typos, w)
				lowerWords[i] = f // "specificaly" asks for a detail as "specifically" does
			}
		}
	}
	u := understanding{Text: text, Words: lowerWords}
	u.Intent = detectIntent(lowerWords)
	var skip map[string]bool // shared tables until addSkip copies them
	owned := false
	addSkip := func(ws ...string) {
		if len(ws) == 0 {
			return
		}
		if !owned {
			m := make(map[string]bool, len(skip)+len(ws))
			maps.Copy(m, skip)
			skip, owned = m, true
		}
		for _, w := range ws {
			skip[w] = true
		}
	}
	switch u.Intent {
	case IntentLong:
		skip = durationWords
	case IntentCount:
		skip = amountWords // "how many": the intent only
	case IntentWhen:
		skip = eventWords
		// "What year was the summit?": the noun after the question word only asks when.
		if i := slices.IndexFunc(lowerWords, func(w string) bool { q := questionWord(w); return q == "what" || q == "which" }); i >= 0 {
			if w := afterArticles(lowerWords, i+1); timeNouns[w] {
				addSkip(w)
				if w == "calendar" { // "what calendar date…"
					addSkip("date")
				}
			}
		} else if n := len(lowerWords); n > 0 && timeNouns[lowerWords[n-1]] {
			addSkip(lowerWords[n-1]) // a fragment: "summit date?"
		}
		if i := slices.Index(lowerWords, "day"); i >= 0 && i+3 < len(lowerWords) && lowerWords[i+1] == "of" && lowerWords[i+3] == "week" {
			addSkip("week") // "what day of the week…"
		}
	case IntentWhere:
		skip = whereWords
	}
	// "What does the report say about drones?": the report saying is no part of the question.
	if slices.ContainsFunc(lowerWords, func(w string) bool { return reportNouns[w] }) {
		addSkip("say", "says", "said", "tell", "tells", "cover", "covers", "story", "piece")
		// "What disconnect does the report talk about?": the report's talking, right after it;
		// "does the article say whether they will talk again?" asks about talks.
		for i, w := range lowerWords[1:] {
			if (w == "talk" || w == "talks") && reportNouns[lowerWords[i]] {
				addSkip(w)
			}
		}
	}
	// "Give me the names…", "show us…": a request to the bot, not a word to search.
	for i, w := range lowerWords[:max(0, len(lowerWords)-1)] {
		if (w == "give" || w == "show" || w == "get" || w == "find") && (lowerWords[i+1] == "me" || lowerWords[i+1] == "us") {
			addSkip(w)
		}
	}
	// "…after the summit ended": the words that end the event only say when (detail.go).
	u.After = afterPhrase(lowerWords)
	for _, w := range u.After {
		if afterWords[w] {
			addSkip(w)
		}
	}
	addSkip(typos...)
	// "Officials from which country…": the country is what is asked, a name, not a word to find
	// ("both countries").
	for i := 0; i+2 < len(lowerWords); i++ {
		if lowerWords[i] == "from" && (lowerWords[i+1] == "which" || lowerWords[i+1] == "what") && countryNouns[lowerWords[i+2]] {
			addSkip(lowerWords[i+2])
		}
	}
	u.Terms = s.contentTerms(unsearched(text), skip)
	u.Hint = s.contentTerms(hint, nil)
	u.DateAnswers = (u.Intent == IntentCount && countsTime(lowerWords)) ||
		(u.Intent == IntentLong && (slices.Contains(lowerWords, "since") || slices.Contains(lowerWords, "ago")))
	u.Feeling = asksFeeling(lowerWords)
	// "Was Trump happy with how it went?": how a person felt is theirs to tell, so only a
	// statement of theirs answers it; a group's feeling ("were the Europeans worried?") is read
	// as any other question, from what the report says of them.
	if k := feelingAdjectiveAt(lowerWords); k > 0 {
		subject := lowerWords[1:k]
		var who []int
		for i, t := range u.Terms {
			if slices.Contains(subject, bareWord(t.Surface)) && t.Weight > 0 {
				who = append(who, i)
			}
		}
		if len(who) > 0 && !slices.ContainsFunc(who, func(i int) bool { return !u.Terms[i].Known || !s.isPerson(u.Terms[i].Term) }) {
			u.Actor = who
		}
	}
	// "What else did Trump say?", "what exactly did Zelenskiy say?": fillers and detail words
	// stand between the question word and the verb.
	if actor, headWord := speechActor(slices.DeleteFunc(slices.Clone(lowerWords), func(w string) bool { return fillerWords[w] || detailWords[w] })); actor != nil {
		var unknown []int
		for i, t := range u.Terms {
			// Adverbs ("officially", "really") say how, not who.
			if w := bareWord(t.Surface); slices.Contains(actor, w) && !strings.HasSuffix(w, "ly") && t.Weight > 0 {
				if t.Known {
					u.Actor = append(u.Actor, i)
				} else {
					unknown = append(unknown, i)
				}
			}
		}
		// "What did all the violence say about the gap…": a thing says something only as a
		// figure of speech. The head of the phrase is what speaks (actorHead).
		head := slices.IndexFunc(u.Terms, func(t qterm) bool { return bareWord(t.Surface) == headWord })
		// A head the question's terms do not hold is a compound of light words ("the make-up of
		// the delegations"): a thing, unless a part of it can speak.
		compound := head < 0 && strings.Contains(headWord, "-") && !slices.ContainsFunc(strings.Split(headWord, "-"), func(p string) bool {
			return speakerNouns[p] || genericActors[p] || s.wordIsName(p)
		})
		// So does an act ("what does bringing Lavrov say about…": a gerund opens the phrase).
		gerund := len(actor) > 0 && strings.HasSuffix(actor[0], "ing") && !s.wordIsName(actor[0])
		u.Figurative = len(u.Actor) > 0 && (!slices.ContainsFunc(u.Actor, func(i int) bool { return s.canSpeak(u.Terms[i]) }) ||
			head >= 0 && !s.canSpeak(u.Terms[head]) || gerund || compound)
		if u.Figurative { // nobody says anything: the verb of saying is not searched either
			for i, t := range u.Terms {
				if askVerbs[bareWord(t.Surface)] {
					u.Terms[i].Weight = 0
				}
			}
		}
		// "What was Larsen's position?" asks for their statement: the word for it is not
		// searched ("position" is no "positive").
		for i, t := range u.Terms {
			if opinionNouns[bareWord(t.Surface)] && !slices.Contains(u.Actor, i) {
				u.Terms[i].Weight = 0
			}
		}
		// Whoever the question asks a statement of must be in the report: if it never mentions
		// them ("what did macron think?"), it cannot say what they said. A longer phrase ("what
		// does the choice of who came along say…") names a thing, not a speaker.
		if len(u.Actor) == 0 && len(actor) <= 2 {
			for _, i := range unknown {
				if bare := bareWord(u.Terms[i].Surface); !genericActors[bare] && !genericActors[variants.equiv[bare]] { // "ppl" is "people"
					u.Terms[i].Specific = true
				}
			}
		}
		// So must the office that speaks: "the governor of Alaska" is no one the report names,
		// though it names Alaska.
		if head >= 0 && !u.Terms[head].Known {
			if h := bareWord(u.Terms[head].Surface); personNouns[h] && !genericActors[h] && !peopleNouns[h] {
				u.Terms[head].Specific = true
			}
		}
	}
	// "Why were the delegations significant?" asks what they signified: the word for it is not
	// searched ("significant" is no "most significant issue").
	if asksWhy(u.Words) {
		for i, t := range u.Terms {
			if significanceWords[bareWord(t.Surface)] {
				u.Terms[i].Weight = 0
			}
		}
	}
	s.weighTitleNames(u)
	return u
}

// titleNameWeight scales the weight of a name in a report's title ("Anchorage", "Putin") when the
// question has another word the report knows: see weighTitleNames.
const titleNameWeight = 0.5

// weighTitleNames scales by titleNameWeight the names of the report's title among u's terms,
// when another known term asks something. Every section is about the title's people and place,
// so they say little about which section answers: "who did Trump bring with him to Anchorage?"
// is asked by "bring", not answered by the one sentence that names Anchorage. Alone ("what
// happened in Anchorage?", "did Putin say anything?", beside light words only) a title name is
// the question and keeps its weight. With several reports a title name tells which report is
// meant, so they all keep it.
func (s *snapshot) weighTitleNames(u understanding) {
	if len(s.corpus.Reports) != 1 || !slices.ContainsFunc(u.Terms, func(t qterm) bool {
		return t.Weight > 0 && t.Known && !t.Light && !s.isTitleName(t)
	}) {
		return
	}
	for i, t := range u.Terms {
		if s.isTitleName(t) {
			u.Terms[i].Weight *= titleNameWeight
		}
	}
}

// isTitleName reports whether t is a name of a report's title, or stands only for one ("Alaska"
// for "Anchorage", through the variants table).
func (s *snapshot) isTitleName(t qterm) bool {
	if s.vocab[t.Term] == 0 && len(t.Related) > 0 {
		return !slices.ContainsFunc(t.Related, func(p []string) bool { return len(p) != 1 || !s.titleVocab[p[0]] || !s.isName(p[0]) })
	}
	return s.titleVocab[t.Term] && s.isName(t.Term)
}

// canSpeak reports whether a question term can name someone who says something: a name,
// however typed, or a word for people, a group of them or a body (speakerNouns, genericActors).
func (s *snapshot) canSpeak(t qterm) bool {
	bare := bareWord(t.Surface)
	r, _ := utf8.DecodeRuneInString(t.Surface)
	return s.isName(t.Term) || unicode.IsUpper(r) || properNouns[bare] || properNouns[variants.equiv[bare]] ||
		variantNames[bare] || speakerNouns[bare] || speakerNouns[singular(bare)] || genericActors[bare]
}

// speakerNouns name people, groups of them or bodies that speak: personNouns and more ("the
// public" is in genericActors).
var speakerNouns = func() map[string]bool {
	m := set(`ally allies side sides delegation delegations team government governments country
		countries nation nations administration party parties camp member members staff staffer
		staffers critic critics expert experts analyst analysts observer observers media press
		commentator commentators military army forces troops soldiers navy police ministry
		ministries parliament congress senate regime authorities voters citizens residents head heads
		chief chiefs representative representatives leadership`)
	for w := range personNouns {
		m[w] = true
	}
	return m
}()

// questionPart returns the question sentences of text when it also has statements around them
// ("My cousin lives in Kharkiv. Were there air raid alerts in the east?"): the statements give
// the asker's context, not what to look up, and a greeting or thanks ("Hi!") asks nothing. A short
// question ("Why?") or one that refers back ("…about that?") needs its context: then text is
// returned whole, as it is when no sentence ends with a question mark, but for apologies ("Sorry
// my english not good."), which are never context.
func questionPart(text string) string {
	var questions, kept []string
	dropped := false
	split := text
	// "quick q before the stream: who met who and where?": a lead-in before a colon is context; a
	// short one is a topic ("Lavrov: what was his job?").
	if i := strings.Index(text, ": "); i > 0 && !strings.Contains(text[:i], "?") && len(words(text[:i])) >= 4 &&
		strings.HasSuffix(strings.TrimSpace(text), "?") {
		split = text[:i] + ". " + text[i+2:]
	}
	// "Sorry my English not perfect — in which city…": a dash after an apology ends it.
	if f := words(split); len(f) > 0 && apologyOpeners[strings.ToLower(f[0])] {
		i, size := strings.IndexAny(split, "—–"), 3 // both dashes are three bytes in UTF-8
		if i < 0 {
			i, size = strings.Index(split, " - "), 3
		}
		if i > 0 && apology(split[:i]) { // "Sorry, but what did Putin say — and…" apologises for nothing
			split = strings.TrimRight(split[:i], " ") + ". " + split[i+size:]
		}
	}
	for _, sen := range sentences(split) {
		switch {
		case strings.HasSuffix(sen, "?"):
			questions = append(questions, sen)
			kept = append(kept, sen)
		case apology(sen):
			dropped = true // "Sorry my english not good.": never the question's context
		case sen != "":
			dropped = true
			kept = append(kept, sen)
		}
	}
	q := strings.Join(questions, " ")
	if !dropped {
		return text
	}
	if len(words(q)) < 4 || refersBack(words(strings.ToLower(q))) {
		if event := eventReferredTo(q, kept); event != "" {
			if itAs.MatchString(q) {
				return itAs.ReplaceAllString(q, "${1} the "+event)
			}
			return itWord.ReplaceAllStringFunc(q, func(it string) string { // "When did it happen?"
				if it == "It" {
					return "The " + event
				}
				return "the " + event
			})
		}
		return strings.Join(kept, " ")
	}
	return q
}

// occasionNouns name occasions of the asker's that "it" may stand for instead of the report's event.
var occasionNouns = set(`lecture lectures class speech talk show video podcast documentary film movie game party trip
	concert debate interview broadcast episode presentation seminar rumour rumor claim story`)

// eventVerbs are eventNouns that are verbs ("they met"): no event "it" may stand for.
var eventVerbs = set(`talk talked talking meet met`)

// itWord finds "it" as a word.
var itWord = regexp.MustCompile(`(?i)\bit\b`)

// itAs finds "it" after a preposition ("about it", "at it"), where it stands for a thing named
// before.
var itAs = regexp.MustCompile(`(?i)\b(about|at|of|on|from|during|after|before|in|to) it\b`)

// eventReferredTo returns the word for the event that a question (q) points back to with "it",
// and with nothing else, when its context names that one event ("…grumbling about the summit all
// week. What did Czech officials say about it?" → summit; "My teacher mentioned the summit. When
// did it happen?" → summit, a subject "it" only when the context names no one), or "": "it" is
// then the report's event, and the rest of the context is the asker's.
func eventReferredTo(q string, context []string) string {
	ws := words(strings.ToLower(q))
	if !slices.Contains(ws, "it") || slices.ContainsFunc(ws, func(w string) bool { return w != "it" && referringBack[w] }) ||
		strings.Count(strings.ToLower(" "+strings.Join(ws, " ")+" "), " it ") > 1 {
		return ""
	}
	named := ""
	for _, sen := range context {
		if sen == q {
			continue
		}
		sws := words(sen)
		if slices.ContainsFunc(sws, func(w string) bool { return occasionNouns[strings.ToLower(w)] }) {
			return "" // "My teacher gave a lecture on the summit. How long did it last?": the lecture
		}
		// A subject "it" may stand for anything the context names ("My cousin in Kharkiv was
		// scared during the summit. Was it covered?"): only a context that names no one and
		// nothing (no capital after a sentence's first word) leaves the event.
		if !itAs.MatchString(q) && slices.ContainsFunc(sws[min(1, len(sws)):], func(w string) bool { return capitalised(w) && w != "I" && !strings.HasPrefix(w, "I'") }) {
			return ""
		}
		for _, w := range words(strings.ToLower(sen)) {
			if !eventNouns[w] || w == "it" || eventVerbs[w] {
				continue
			}
			if named != "" && singular(w) != singular(named) {
				return "" // two events: which one "it" is, is the asker's to say
			}
			named = w
		}
	}
	return named
}

// apologyOpeners open an apology ("Sorry my english not good.").
var apologyOpeners = set(`sorry excuse apologies pardon`)

// apology reports whether a sentence only apologises or excuses the asker ("Sorry my english not
// good.", "Excuse my typos."): short, opening with "sorry", "excuse", "apologies" or "pardon",
// and naming no one. It says nothing the question could refer to.
func apology(sentence string) bool {
	ws := words(sentence)
	if len(ws) == 0 || len(ws) > 6 {
		return false // "Sorry, I meant the invitation to Moscow." carries context
	}
	if !apologyOpeners[strings.ToLower(ws[0])] {
		return false
	}
	// A name after the first word carries context ("Pardon me, Putin invited Trump…"); a
	// language is the asker's ("Sorry my English is bad.").
	return !slices.ContainsFunc(ws[1:], func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && w != "I" && w != "English"
	})
}

// refersBack reports whether a question (its words, lower case) may point into the sentences
// before it: a pronoun or determiner of referringBack, or "there" other than in "is there…".
func refersBack(ws []string) bool {
	for i, w := range ws {
		if referringBack[w] || w == "there" && (i == 0 || !beForms[ws[i-1]]) {
			return true
		}
	}
	return false
}

// referringBack are words by which a question may point into the sentences before it ("Has their
// leader said anything about that?", "Was the summit in my city?", "the one before").
var referringBack = set(`he she they them their theirs his him her hers it its that those these
	my our here one`)

// sentences splits text into sentences, each with its closing punctuation (chat often starts the
// next one in lower case). A full stop after an abbreviation ends none: a single letter ("U.S."),
// a word with a full stop inside it, or one of titleAbbreviations ("Mr.").
func sentences(text string) []string {
	var out []string
	start := 0
	for _, m := range sentenceEnd.FindAllStringSubmatchIndex(text, -1) {
		if text[m[2]:m[3]] == "." && abbreviationEnd(text[start:m[3]]) {
			continue
		}
		out = append(out, strings.TrimSpace(text[start:m[1]]))
		start = m[1]
	}
	return append(out, strings.TrimSpace(text[start:]))
}

// abbreviationEnd reports whether text ends in a full stop that closes an abbreviation, not a
// sentence: after a single letter ("U.S."), a word with a full stop inside it, or one of
// titleAbbreviations ("Mr.").
func abbreviationEnd(text string) bool {
	before, ok := strings.CutSuffix(text, ".")
	if !ok {
		return false
	}
	word := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
	return utf8.RuneCountInString(word) == 1 || strings.Contains(word, ".") || titleAbbreviations[strings.ToLower(word)]
}

// sentenceEnd matches the closing punctuation of a sentence (group 1: the marks) and the space
// after it.
var sentenceEnd = regexp.MustCompile(`([.!?]+)["”’)]*\s+`)

// titleAbbreviations are abbreviations before a name or a number, never a sentence's end.
var titleAbbreviations = set(`mr mrs ms dr st gen sen rep gov pres sec lt col capt prof jr sr no vs etc`)

// nowPhrases place a question in the present ("is there a ceasefire right now?") or from now on
// ("what's the plan going forward?"), which a report is about anyway: not searched, and not words
// it lacks. ("Now" alone is searched: the report may use it.)
const nowPhrases = `right now|at the moment|as of now|as we speak|these days|rn|going forward|moving forward|from now on`

// emphasisPhrases stress a question and ask nothing ("why did they meet in the first place?",
// "why Alaska of all places?", "what on earth…"): not searched, so "first" and "place" do not
// find "first summit" and "took place". Nor are "kind of" ("what kind of deal…" asks about the
// deal; asksKind reads it) and "how come" (a why; asksWhy reads it), nor a chat opener ("quick
// one:", "quick question"), nor "according to" before a source ("accord" is no agreement), nor
// a choice of verdicts offered ("how did they describe the talks, good vibes or bad?": the
// description is asked), nor a request to confirm ("is it true that…", "…is that real?").
const emphasisPhrases = `in the first place|of all (?:places|things|people|times)|on earth|the (?:heck|hell)|(?:kind|sort|type|format)s? of|how come|quick (?:one|question|q)|according to|` +
	`(?:good|bad|positive|negative) (?:vibes? )?or (?:good|bad|positive|negative)(?: vibes?)?|` +
	`(?:is|was) (?:that|it|this) (?:really |actually )?(?:real|true)`

// lengthPhrases ask for an answer of some length ("in one or two sentences", "in a few words",
// "in 3 lines"): the quote is a sentence or three anyway.
const lengthPhrases = `in (?:(?:a|one|two|three|a few|few|\d+)(?: or (?:two|three|\d+))? )?(?:short )?(?:sentences?|words?|lines?)`

// askNothing finds nowPhrases and emphasisPhrases in one pass.
var askNothing = regexp.MustCompile(`(?i)\b(?:` + nowPhrases + `|` + emphasisPhrases + `)\b`)

// askedBriefly finds "briefly" in a request ("tell me briefly…"; "did they meet briefly?" asks
// it), not searched; it runs only where a message has the word.
var askedBriefly = regexp.MustCompile(`(?i)\b(?:(?:tell (?:me|us)|explain|describe|summari[sz]e) briefly|briefly (?:tell|explain|describe|summari[sz]e))\b`)

// askedLength finds lengthPhrases; it runs only where a message has one of their nouns.
var askedLength = regexp.MustCompile(`(?i)\b(?:` + lengthPhrases + `)\b`)

// unsearched returns text with the phrases that ask nothing blanked: askNothing, askedLength,
// askedBriefly and a tag question's tag (tagQuestions). The text may be a 6000-character message,
// so each pattern runs once, and the rarer ones only where the message has their words.
func unsearched(text string) string {
	text = askNothing.ReplaceAllString(text, " ")
	lower := strings.ToLower(text)
	if strings.Contains(lower, "sentence") || strings.Contains(lower, "word") || strings.Contains(lower, "line") {
		text = askedLength.ReplaceAllString(text, " ")
	}
	if strings.Contains(lower, "briefly") {
		text = askedBriefly.ReplaceAllString(text, " ")
	}
	if strings.Contains(text, "?") {
		text = tagQuestions.ReplaceAllString(text, "$1?")
	}
	return text
}

// tagQuestions end a statement that asks to be confirmed ("Lavrov was there, right?", "…, no?"):
// the tag is not searched.
var tagQuestions = regexp.MustCompile(`(?i)([,\s])(?:right|yeah|correct|no|ok|okay|innit)\s*\?`)

// contentTerms analyses text into deduplicated content terms, capped at MaxQueryTerms, leaving out
// the words in skip (lower case).
func (s *snapshot) contentTerms(text string, skip map[string]bool) []qterm {
	if text == "" {
		return nil
	}
	if len(text) > 8*1024 {
		text = text[:8*1024] // a Discord option holds at most 6000 characters; bound the work
	}
	toks := s.analyzer.Analyze([]byte(text))
	firstWord := strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	seen := map[string]bool{}
	corrections := 0
	var spans [][2]int // the words of text, when needed
	out, covered := s.phraseTerms(text, skip)
	for _, t := range out {
		seen[t.Term] = true
	}
	for _, tok := range toks {
		if len(out) >= MaxQueryTerms {
			break
		}
		if slices.ContainsFunc(covered, func(c [2]int) bool { return tok.Start >= c[0] && tok.Start < c[1] }) {
			continue // part of a phrase read as a whole ("went with")
		}
		surface := text[tok.Start:tok.End]
		if lw := strings.ToLower(surface); skip[lw] || fillerWords[lw] || requestWords[lw] || mentionWords[lw] {
			continue
		} else if lw == "one" || lw == "two" {
			if spans == nil {
				spans = wordSpans(text) // once per question: "one" may come often
			}
			if s.standsForNamed(text, spans, tok.Start) {
				continue
			}
		}
		t := qterm{Surface: surface, Term: string(tok.Term)}
		if seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		r, _ := utf8.DecodeRuneInString(surface)
		lower := strings.ToLower(surface)
		bare := bareWord(surface) // "india's" → "india"
		t.Specific = (unicode.IsUpper(r) && tok.Start != firstWord && !opensSentence(text, tok.Start)) || isYear(bare) || properNouns[bare]
		t.Related = s.relatedOf(lower, t.Term)
		if s.vocab[t.Term] == 0 && len(t.Related) == 0 && !s.titleVocab[t.Term] && !unicode.IsDigit(r) {
			// Correct names, and words that are not everyday English words, from 4 letters.
			// A correctly spelled everyday word is no misspelling. A short lower-case word is
			// corrected only to a name or a heading word ("putn" → Putin, "sumit" → summit):
			// short words have too many neighbours ("rant" is not "range").
			_, everydayWord := everydayRank(bare)
			long := t.Specific || utf8.RuneCountInString(bare) >= minCorrectRunes // as typed: "coperation" is long, its stem "coper" is not
			// A word with a capital inside it ("SpaceX", "iPhone") is a brand, never corrected.
			if c, ok := s.correct(t.Term); ok && !seen[c] && corrections < maxCorrections && !innerCapital(surface) &&
				(t.Specific || !everydayWord) && (long || s.isName(c) || s.headingTerms[c]) {
				corrections++
				t.Term, t.Corrected = c, true
				seen[c] = true
			}
		}
		if s.vocab[t.Term] == 0 && len(t.Related) == 0 && !t.Specific && !unicode.IsDigit(r) && corrections < maxCorrections &&
			utf8.RuneCountInString(bare) >= minCorrectRunes {
			// "acheive": a misspelling of a word the related-words tables know (achieve ~ aimed)
			if _, everydayWord := everydayRank(bare); !everydayWord {
				if k := relatedKeyNear(lower); k != "" {
					switch toks := s.analyzer.Analyze([]byte(k)); len(toks) {
					case 0: // a stop word ("againn", "wheree"): nothing to search, nothing missing
						corrections++
						t.Light, t.ReadAs = true, k
					case 1:
						if rel := s.relatedOf(k, string(toks[0].Term)); len(rel) > 0 {
							corrections++
							t.Related, t.ReadAs = rel, k
						}
					}
				}
			}
		}
		t.Known = s.vocab[t.Term] > 0 || len(t.Related) > 0 || s.titleVocab[t.Term] // a title is cited with every answer
		t.Light = t.Light || lightWords[bare]
		t.Weight = s.idf(t.Term)
		if rank, ok := commonRank[bare]; ok && !t.Known && rank < commonWords {
			t.Weight *= commonWeight // an everyday word the report lacks says little
		}
		if t.Light && !t.Known {
			t.Weight = 0 // "gonna", "wanna": nothing to find, nothing missing
		}
		out = append(out, t)
	}
	return out
}

// opensSentence reports whether the word at byte offset at of text opens a sentence after
// another ("…all week. Several of my sources…"), where its capital says nothing of a name:
// only spaces, quotes and brackets stand between it and a full stop, "!", "?" or a line break.
func opensSentence(text string, at int) bool {
	before := strings.TrimRight(text[:at], " \t\"'“‘([")
	if before == "" {
		return true
	}
	switch before[len(before)-1] {
	case '.', '!', '?', '\n':
		return !abbreviationEnd(before)
	}
	return false
}

// standsForNamed reports whether the number word starting at byte start of text ("one" or "two";
// spans: the words of text, see wordSpans) stands for something already named rather than
// counting: "one" after a determiner with no noun after it ("before this one", "which one was
// it") or before "of" ("one of the issues": a member of what follows), and "two" for the pair ("these two", "the two leaders"). Such a word is not searched: the
// report's "one “most significant” issue" does not answer "before this one".
func (s *snapshot) standsForNamed(text string, spans [][2]int, start int) bool {
	k, found := slices.BinarySearchFunc(spans, start, func(sp [2]int, start int) int { return sp[0] - start })
	if !found || k == 0 {
		return false
	}
	w := strings.ToLower(text[spans[k][0]:spans[k][1]])
	prev := strings.ToLower(text[spans[k-1][0]:spans[k-1][1]])
	next, _, brk := nextWord(text[spans[k][1]:])
	next = strings.ToLower(next)
	noNoun := next == "" || brk || len(s.analyzer.Analyze([]byte(next))) == 0 // a stop word follows
	switch w {
	case "one":
		return oneDeterminers[prev] && noNoun || next == "of" && !brk // "one of the issues"
	case "two":
		// "what did the two say?": a verb after it, no noun
		return pairDeterminers[prev] && (noNoun || pairNouns[next] || askVerbs[next] || lightWords[next])
	}
	return false
}

// oneDeterminers before "one" make it a pronoun ("this one", "the last one").
var oneDeterminers = set(`the this that which another each every other same last first next`)

// pairDeterminers before "two" make it the pair of people the question is about ("these two",
// "the two leaders"), when the pair is named by a word of pairNouns or not at all.
var pairDeterminers = set(`the these those both`)

// pairNouns name the two sides of a meeting after "the two".
var pairNouns = set(`leaders presidents men guys sides countries nations heads parties powers
	superpowers delegations`)

// maxPhraseScan is how many words of a question are looked at for phrases: a question is a
// sentence or two, and a wall of text needs no more.
const maxPhraseScan = 200

// phraseHead is the form a word of a phrase is looked up by: its analysed form (stem, with
// irregular forms as their base: "went" → "go", "winding" → "wind", "points" → "point"), or the
// word itself when the analyzer drops it (a stop word: "with", "down").
func (s *snapshot) phraseHead(word string) string {
	if toks := s.analyzer.Analyze([]byte(word)); len(toks) == 1 {
		return string(toks[0].Term)
	}
	return word
}

// phraseWords are the byte spans of the words of text for phrase matching: hyphenated words
// split ("sit-down" is "sit down") and quotes trimmed ("‘fall through’").
func phraseWords(text string) [][2]int {
	var out [][2]int
	for _, sp := range wordSpans(text) {
		start := sp[0]
		for i := sp[0]; i <= sp[1]; i++ {
			if i < sp[1] && text[i] != '-' {
				continue
			}
			w := [2]int{start, i}
			for w[0] < w[1] && (text[w[0]] == '\'' || strings.HasPrefix(text[w[0]:], "’") || strings.HasPrefix(text[w[0]:], "‘")) {
				_, size := utf8.DecodeRuneInString(text[w[0]:])
				w[0] += size
			}
			for w[0] < w[1] && (text[w[1]-1] == '\'' || strings.HasSuffix(text[:w[1]], "’")) {
				_, size := utf8.DecodeLastRuneInString(text[:w[1]])
				w[1] -= size
			}
			if w[0] < w[1] {
				out = append(out, w)
			}
			start = i + 1
		}
	}
	return out
}

// phraseIndex is the phrases of both related tables, keyed by the phraseHead of each word ("go
// with", "wind down", "stick point"); the curated table's entry wins. Built once per process.
func (s *snapshot) phraseIndex() map[string][]string {
	phraseOnce.Do(func() {
		m := map[string][]string{}
		for _, t := range []table{everyday, variants} {
			for k, v := range t.related {
				ws := strings.Fields(k)
				if len(ws) < 2 {
					continue
				}
				for i, w := range ws {
					ws[i] = s.phraseHead(w)
				}
				m[strings.Join(ws, " ")] = v
			}
		}
		phraseTable = m
	})
	return phraseTable
}

// The phrase index (phraseIndex).
var (
	phraseOnce  sync.Once
	phraseTable map[string][]string
)

// phraseTerms finds the phrases of the related tables in text ("went with", "eye to eye", "press
// conference"): a phrasal verb, idiom or compound means something its words do not. Each found
// phrase becomes one term, known through its related phrases when the report has them and
// unknown otherwise (unless all its words are light or stop words: then it is skipped and its
// words read one by one); covered holds the byte spans of text it used up. A phrase starting with
// a word in skip is left alone.
func (s *snapshot) phraseTerms(text string, skip map[string]bool) (terms []qterm, covered [][2]int) {
	ws := phraseWords(text)
	heads := make([]string, 0, min(len(ws), maxPhraseScan+maxPhraseWords))
	for _, w := range ws[:min(len(ws), maxPhraseScan+maxPhraseWords)] {
		heads = append(heads, s.phraseHead(strings.ToLower(text[w[0]:w[1]])))
	}
	seen := map[string]bool{}
	known := s.phraseIndex()
	for i := 0; i < len(heads) && i < maxPhraseScan && len(terms) < MaxQueryTerms; i++ {
		for n := min(maxPhraseWords, len(heads)-i); n >= 2; n-- {
			key := strings.Join(heads[i:i+n], " ")
			phrases, ok := known[key]
			if !ok || skip[strings.ToLower(text[ws[i][0]:ws[i][1]])] {
				continue
			}
			span := [2]int{ws[i][0], ws[i+n-1][1]}
			if seen[key] { // said twice: read once, its words still used up
				covered = append(covered, span)
				i += n - 1
				break
			}
			related := s.inVocabulary(phrases, "")
			surface := strings.Fields(strings.ToLower(text[span[0]:span[1]]))
			if len(related) == 0 && !slices.ContainsFunc(surface, func(w string) bool {
				return !lightWords[w] && len(s.analyzer.Analyze([]byte(w))) > 0
			}) {
				continue // "went with" in a report without its related words: no more than "went"
			}
			// A compound the report has no word for ("press conference") is one unknown
			// term: its words are not bridged one by one ("conference" is no summit here).
			seen[key] = true
			// It stands for the question's words it replaces, and weighs as much as they do.
			var weight float64
			for _, tok := range s.analyzer.Analyze([]byte(text[span[0]:span[1]])) {
				weight += s.idf(string(tok.Term))
			}
			// An office the report has no word for names someone it never mentions, as a name
			// does ("Why did Trump not bring the Defense Secretary?").
			office := len(related) == 0 && personNouns[surface[len(surface)-1]]
			// So does a phrase of the tables made of capitalised words ("the White House").
			named := len(related) == 0 && ws[i][0] > 0 && !slices.ContainsFunc(strings.Fields(text[span[0]:span[1]]), func(w string) bool {
				r, _ := utf8.DecodeRuneInString(w)
				return !unicode.IsUpper(r)
			})
			terms = append(terms, qterm{Surface: text[span[0]:span[1]], Term: key, Known: len(related) > 0,
				Related: related, Weight: max(weight, s.idf(key)), Specific: office || named})
			covered = append(covered, span)
			i += n - 1
			break
		}
	}
	return terms, covered
}

// relatedOf looks up the related phrases of a word (by its surface form, its analysed form, or the
// analysed form of a table key) and keeps those whose every term is in the vocabulary.
func (s *snapshot) relatedOf(surface, term string) [][]string {
	var phrases []string
	if p, ok := variants.related[surface]; ok {
		phrases = p
	} else if p, ok := s.relatedIndex(&relatedOnce, &relatedIndex, variants)[term]; ok {
		phrases = p
	}
	if s.vocab[term] == 0 && len(phrases) == 0 { // the curated table, where it speaks, is preferred
		if p, ok := everyday.related[surface]; ok {
			phrases = p
		} else if p, ok := s.relatedIndex(&everydayOnce, &everydayIndex, everyday)[term]; ok {
			phrases = p
		}
	}
	return s.inVocabulary(phrases, term)
}

// inVocabulary analyses related phrases and keeps those whose every term is in the vocabulary,
// other than term itself, without repeats.
func (s *snapshot) inVocabulary(phrases []string, term string) [][]string {
	var out [][]string
	seen := map[string]bool{}
	for _, p := range phrases {
		var ts []string
		ok := true
		for _, tok := range s.analyzer.Analyze([]byte(p)) {
			if s.vocab[string(tok.Term)] == 0 {
				ok = false
				break
			}
			ts = append(ts, string(tok.Term))
		}
		key := strings.Join(ts, " ")
		if ok && len(ts) > 0 && key != term && !seen[key] {
			seen[key] = true
			out = append(out, ts)
		}
	}
	return out
}

// relatedIndex is a related table keyed by the analysed form of each key, so that "talks",
// "talked" and "talking" all find the "talk" row. It is built once per process (the analyzer is
// the same for every snapshot).
func (s *snapshot) relatedIndex(once *sync.Once, index *map[string][]string, t table) map[string][]string {
	once.Do(func() {
		m := map[string][]string{}
		for k, v := range t.related {
			if strings.Contains(k, " ") {
				continue // a phrase is read only as a whole (phraseTerms)
			}
			for _, tok := range s.analyzer.Analyze([]byte(k)) {
				m[string(tok.Term)] = append(m[string(tok.Term)], v...)
			}
		}
		*index = m
	})
	return *index
}

// Analysed-key indexes of the two related tables (relatedIndex).
var (
	relatedOnce, everydayOnce   sync.Once
	relatedIndex, everydayIndex map[string][]string
)

// commonWords and commonWeight: a question word missing from the corpus that is among the
// commonWords most frequent English words weighs commonWeight of an unknown word in the share that
// decides a refusal (see commonwords.txt).
var (
	commonWords  = 2000
	commonWeight = 0.3
)

// unknownIDFCap caps the weight of a word the corpus lacks at the IDF of a word seen once in this
// many passages: in a large corpus an unseen word's IDF grows without bound and would drown the
// rest of the question, though a missing everyday word ("reached") says little.
const unknownIDFCap = 1000

// idf is the inverse passage frequency of an analysed term: ln(1 + N/df). A word the corpus lacks
// counts as seen once, in a corpus of at most unknownIDFCap passages.
func (s *snapshot) idf(term string) float64 {
	n, df := float64(len(s.passages)), float64(s.vocab[term])
	if df < 1 {
		n, df = min(n, unknownIDFCap), 1
	}
	return math.Log(1 + n/df)
}

// maxCorrections caps spelling corrections per question: each scans the vocabulary, and a pasted
// wall of unknown words needs none.
const maxCorrections = 4

// minCorrectRunes is the shortest lower-case word that spelling correction touches: shorter ones
// are mostly everyday words ("last", "stop") that a report simply lacks, not misspellings of its
// words. Names (capitalised) are corrected from 4 letters.
const minCorrectRunes = 6

// correct finds the vocabulary term nearest to an unknown term: edit distance 1 for terms of 4 to
// 6 letters, 2 for longer ones (transpositions count once), the most frequent on a tie. Shorter
// terms are never corrected. Only terms of a similar length are compared (s.byLen).
func (s *snapshot) correct(term string) (string, bool) {
	rs := []rune(term)
	n := len(rs)
	if n < 4 {
		return "", false
	}
	limit := 1
	if n >= 7 {
		limit = 2
	}
	best, bestD, bestDF := "", limit+1, 0
	var buf editBuffer
	for l := n - limit; l <= n+limit; l++ {
		for _, v := range s.byLen[l] {
			d := buf.distance(rs, v.runes, limit)
			if d < bestD || (d == bestD && (v.df > bestDF || (v.df == bestDF && v.term < best))) {
				best, bestD, bestDF = v.term, d, v.df
			}
		}
	}
	return best, best != "" && bestD <= limit
}

// relatedKeys are the one-word left sides of the related-words tables (variants.txt, then
// everyday.txt) by length in runes, for spelling correction.
var relatedKeys = func() map[int][][]rune {
	m := map[int][][]rune{}
	for _, tb := range []table{variants, everyday} {
		for k := range tb.related {
			if !strings.Contains(k, " ") {
				m[utf8.RuneCountInString(k)] = append(m[utf8.RuneCountInString(k)], []rune(k))
			}
		}
	}
	for _, ks := range m {
		slices.SortFunc(ks, func(a, b []rune) int { return strings.Compare(string(a), string(b)) })
	}
	return m
}()

// relatedKeyNear returns the left side of a related-words line that w (lower case) misspells by
// one letter added, dropped, or two swapped ("acheive", "againn"), or "": the shortest, then the
// first in alphabetical order, for a deterministic answer. A letter changed is no such slip: it
// makes other real words the lists lack ("refuge" is no "refuse", "strife" no "strike"), and so
// do two edits ("talkers").
func relatedKeyNear(w string) string {
	rs := []rune(w)
	var buf editBuffer
	for l := len(rs) - 1; l <= len(rs)+1; l++ {
		for _, k := range relatedKeys[l] {
			if buf.distance(rs, k, 1) <= 1 && !oneChanged(rs, k) {
				return string(k)
			}
		}
	}
	return ""
}

// oneChanged reports whether a and b differ in exactly one letter at the same place.
func oneChanged(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	diff := 0
	for i := range a {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff == 1
}

// vocabTerm is a vocabulary term with its runes, for spelling correction.
type vocabTerm struct {
	term  string
	runes []rune
	df    int // passages that have it
}

// editBuffer holds the rows of one distance computation, reused across calls.
type editBuffer struct{ prev2, prev, cur []int }

// editDistance is the optimal-string-alignment distance between a and b, or limit+1 as soon as it
// must exceed limit.
func editDistance(a, b []rune, limit int) int {
	var buf editBuffer
	return buf.distance(a, b, limit)
}

func (e *editBuffer) distance(a, b []rune, limit int) int {
	if n := len(b) + 1; cap(e.cur) < n {
		e.prev2, e.prev, e.cur = make([]int, n), make([]int, n), make([]int, n)
	}
	prev2, prev, cur := e.prev2[:len(b)+1], e.prev[:len(b)+1], e.cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// isName reports whether an analysed term is a word of a proper noun of the corpus: a person,
// place, nation or group ("putin", "anchorage", "czech").
func (s *snapshot) isName(term string) bool {
	return s.entitiesReady() && s.names[term]
}

// isPerson reports whether an analysed term is a word of a person's name in the corpus (see
// corpus.Entities): "putin", "lavrov".
func (s *snapshot) isPerson(term string) bool {
	return s.entitiesReady() && s.people[term]
}

// entitiesReady reports whether the corpus's entities have been found (see newSnapshot).
func (s *snapshot) entitiesReady() bool {
	select {
	case <-s.entitiesDone:
		return true
	default:
		return false
	}
}

// innerCapital reports whether a word has an upper-case letter after its first ("SpaceX").
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// firstWordOf returns the first word of text, as typed, or "".
func firstWordOf(text string) string {
	if ws := wordSpans(text); len(ws) > 0 {
		return text[ws[0][0]:ws[0][1]]
	}
	return ""
}
