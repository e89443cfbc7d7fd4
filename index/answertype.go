package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attribution: "what did Lavrov say?", "how did Europe react?" and "what was NATO's response?" ask
// what someone said or thought. The report answers only if it attributes something to them: a
// sentence where they are the subject of a verb of saying or thinking ("Czech officials noted",
// "Russia viewed", "Trump stated"). A sentence that merely names them ("Putin brought Foreign
// Minister Sergei Lavrov") says nothing they said, however many words it shares with the
// question. This is the answer-type check of question answering systems (a who-question wants a
// person, a what-did-X-say question wants a statement by X) for the one answer type that words
// alone can find.

// auxiliaries follow "what"/"how" in a question about what someone said ("what did X say").
var auxiliaries = map[string]bool{"did": true, "does": true, "do": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "is": true, "are": true, "was": true, "were": true}

// askVerbs ask what someone said, thought or how they took something, in a question.
var askVerbs = map[string]bool{
	"say": true, "think": true, "tell": true, "feel": true, "react": true, "respond": true,
	"view": true, "see": true, "comment": true, "call": true, "describe": true, "claim": true,
	"announce": true, "reply": true, "mean": true, "believe": true, "argue": true, "suggest": true,
	"propose": true, "promise": true, "demand": true, "make": true, "saying": true, "thinking": true,
	"reacting": true, "responding": true,
}

// opinionNouns after a possessive ask the same ("what was NATO's response?").
var opinionNouns = map[string]bool{"reaction": true, "response": true, "view": true, "views": true,
	"stance": true, "position": true, "take": true, "opinion": true, "comment": true, "comments": true,
	"statement": true, "answer": true, "verdict": true, "thoughts": true, "reply": true}

// sayingVerbs are the verbs of saying, thinking and signalling that news reports attribute to
// someone, as written in a report.
var sayingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`say says said saying stated states state stating noted notes
		note emphasized emphasised emphasizes stressed stresses added adds told tells called calls
		described describes expressed expresses voiced voices warned warns urged urges claimed claims
		argued argues insisted insists signaled signalled signals invited invites rejected rejects
		viewed views saw sees praised praises criticized criticised criticizes condemned condemns
		welcomed welcomes announced announces declared declares acknowledged acknowledges admitted
		admits suggested suggests hoped hopes feared fears agreed agrees denied denies promised
		promises pledged pledges vowed vows offered offers proposed proposes asked asks demanded
		demands accused accuses dismissed dismisses questioned questions doubted doubts thought
		thinks believed believes felt feels considered considers reacted reacts responded responds
		replied replies commented comments remarked remarks indicated indicates confirmed confirms
		wrote writes tweeted posted explained explains predicted predicts hailed hails branded
		slammed blasted reiterated repeated highlighted highlights showed shows described
		characterized characterised labelled labeled insisted maintained contended`) {
		m[w] = true
	}
	return m
}()

// speechActor returns the words naming whose statement a question asks for, lower case, or nil
// when it does not ask what someone said or thought. ws are the question's words, lower case.
func speechActor(ws []string) []string {
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
		}
		norm = append(norm, w)
	}
	for i := 0; i+1 < len(norm); i++ {
		if (norm[i] != "what" && norm[i] != "how") || !auxiliaries[norm[i+1]] {
			continue
		}
		for k := i + 2; k < len(norm) && k <= i+8; k++ {
			w := norm[k]
			if askVerbs[w] && k > i+2 {
				if w == "make" && (k+1 >= len(norm) || norm[k+1] != "of") {
					break
				}
				return norm[i+2 : k]
			}
			if bare, ok := strings.CutSuffix(w, "'s"); ok && k+1 < len(norm) && opinionNouns[norm[k+1]] {
				return append(append([]string(nil), norm[i+2:k]...), bare)
			}
		}
	}
	return nil
}

// attributes reports whether text attributes a statement to the words ending at actorEnds (byte
// offsets): one of sayingVerbs follows within attributionWindow words, with no clause break
// between ("Czech officials noted", "Putin even invited", "Zelenskiy was not present at the
// meeting and has firmly rejected"), or "said"/"says"/"told" comes just before
// ("…,” said Lavrov).
func attributes(text string, actorStarts, actorEnds []int) bool {
	for _, end := range actorEnds {
		n := 0
		for rest := text[end:]; n < attributionWindow; n++ {
			w, after, brk := nextWord(rest)
			if w == "" || brk {
				break
			}
			if sayingVerbs[strings.ToLower(w)] {
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
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-' {
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
// eastern Ukraine?".
func namesNewPlace(text string, questionWords map[string]bool) bool {
	ws := words(text)
	for i, w := range ws {
		if !placePrepositions[strings.ToLower(w)] {
			continue
		}
		newWord := false
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			lower := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(ws[j], "’s"), "'s"))
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

// newNames counts the capitalised words of text, after its first, that are not among the
// question's words (lower case): the names a who-question could be answered with.
func newNames(text string, questionWords map[string]bool) int {
	n := 0
	for i, w := range words(text) {
		r, _ := utf8.DecodeRuneInString(w)
		bare := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "’s"), "'s")
		if i > 0 && unicode.IsUpper(r) && !questionWords[bare] && !questionWords[strings.TrimSuffix(bare, "s")] {
			n++
		}
	}
	return n
}

// asksName reports whether a question asks for someone's name ("what's the name of…", "what is
// the Czech president's name", "who is the envoy named…"). ws are its words, lower case.
func asksName(ws []string) bool {
	for _, w := range ws {
		if w == "name" || w == "names" || w == "named" {
			return true
		}
	}
	return false
}

// asksSpeaker reports whether a who-question asks who said something ("who called the talks
// productive?"): its words include a verb of saying. ws are its words, lower case.
func asksSpeaker(ws []string) bool {
	for _, w := range ws {
		if sayingVerbs[w] || askVerbs[w] {
			return true
		}
	}
	return false
}

// hasSayingVerb reports whether text uses one of sayingVerbs.
func hasSayingVerb(text string) bool {
	for _, w := range words(strings.ToLower(text)) {
		if sayingVerbs[w] {
			return true
		}
	}
	return false
}
