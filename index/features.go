package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// features are facts about a passage's surface text that the question word can ask for. They are
// computed once, at build time, from the sentence as written.
type features struct {
	names    int  // capitalised words not at the start of the sentence ("Marco Rubio": 2)
	place    bool // a preposition followed by a capitalised word ("in Anchorage", "to Moscow")
	time     bool // a year, a month, or a word of time ("since 2019", "soon")
	duration bool // a unit of time ("three-hour", "two days")
	// durationOf is the word a compound span of time describes, lower case ("three-hour
	// discussion": "discussion"), or "" when the span stands alone ("for two days").
	durationOf string
	polarity   bool // a word that affirms or denies ("not", "without", "rejected", "unlikely")
	number     bool // a quantity in digits or words ("40", "three-hour"); a year is none
}

// numberWords are numbers written out.
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"fifteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true,
	"hundreds": true, "thousand": true, "thousands": true, "million": true, "millions": true,
	"billion": true, "dozen": true, "dozens": true, "half": true, "several": true, "first": true,
	"second": true, "third": true, "once": true, "twice": true, "thrice": true}

// placePrepositions precede a place name in English ("met in Anchorage").
var placePrepositions = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "into": true}

// timeWords mark time or duration. "until" is not one: it marks a time only with one after it
// ("until 2026", "until next week"), and "no deal until there's a deal" tells no time.
var timeWords = map[string]bool{
	"hour": true, "hours": true, "minute": true, "minutes": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"since": true, "soon": true, "today": true, "yesterday": true, "tomorrow": true,
	"timeline": true, "timelines": true, "date": true, "morning": true, "evening": true, "night": true,
	"first": true, "last": true, "next": true, "later": true, "earlier": true, "ago": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "weekend": true, "afternoon": true, "noon": true,
	"midnight": true, "tonight": true, "dawn": true, "dusk": true,
}

// durationUnits are units of time.
var durationUnits = map[string]bool{"second": true, "seconds": true, "minute": true, "minutes": true,
	"min": true, "mins": true, "hr": true, "hrs": true,
	"hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "overnight": true}

// polarityWords affirm or deny.
var polarityWords = map[string]bool{
	"no": true, "not": true, "without": true, "never": true, "none": true, "nor": true, "neither": true,
	"rejected": true, "refused": true, "denied": true, "unlikely": true, "unresolved": true,
	"lack": true, "yes": true, "confirmed": true, "agreed": true, "did": true, "didn't": true,
	"wasn't": true, "isn't": true, "won't": true, "remains": true, "remained": true,
}

// words splits text into words made of letters, digits, apostrophes and hyphens, keeping case.
func words(text string) []string {
	spans := wordSpans(text)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = text[sp[0]:sp[1]]
	}
	return out
}

// wordSpans are the byte spans of the words of text (see words).
func wordSpans(text string) [][2]int {
	var spans [][2]int
	start := -1
	for i, r := range text {
		if in := isWordRune(r); in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			spans = append(spans, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(text)})
	}
	return spans
}

// isWordRune reports whether r belongs in a word: a letter, a digit, an apostrophe or a hyphen.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\'' || r == '’' || r == '-'
}

func extractFeatures(text string) features {
	var f features
	ws := words(text)
	for i, w := range ws {
		lower := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		first, _ := utf8.DecodeRuneInString(w)
		capital := unicode.IsUpper(first)
		if capital && i > 0 {
			f.names++
		}
		if capital && i > 0 && placePrepositions[strings.ToLower(ws[i-1])] {
			f.place = true
		}
		if isQuantity(lower) {
			f.number = true
		}
		for _, part := range strings.Split(lower, "-") {
			if timeWords[part] || isYear(part) {
				f.time = true
			}
			if durationUnits[part] {
				f.duration = true
				if strings.Contains(lower, "-") && f.durationOf == "" {
					// the noun after it, past other compounds ("three-hour closed-door meeting")
					for _, n := range ws[i+1:] {
						if !strings.Contains(n, "-") {
							f.durationOf = strings.ToLower(n)
							break
						}
					}
				}
			}
		}
		if polarityWords[lower] || strings.HasSuffix(lower, "n't") {
			f.polarity = true
		}
	}
	return f
}

// isQuantity reports whether a word (lower case) is or holds a number: a number word or digits, in
// any part of a hyphenated word ("three-hour"). A year is a date, not a quantity: "since 2019"
// answers when, not how many.
func isQuantity(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if numberWords[part] || part != "" && !isYear(part) && strings.IndexFunc(part, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
			return true
		}
	}
	return false
}

// isYear reports whether w is a four-digit year from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}
