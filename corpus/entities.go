package corpus

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entities are the proper nouns of a corpus, for autocomplete: People ("Sergei Lavrov", "Lavrov")
// and Others (countries, groups, places: "Czech", "NATO", "Moscow"), each most frequent first.
type Entities struct {
	People []string
	Others []string
}

// titleWords precede or are part of a name without being one ("Foreign Minister Sergei Lavrov").
var titleWords = map[string]bool{
	"president": true, "secretary": true, "minister": true, "foreign": true, "state": true,
	"special": true, "envoy": true, "leader": true, "adviser": true, "advisor": true,
	"prime": true, "chancellor": true, "general": true, "senator": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "ambassador": true, "official": true,
	"officials": true, "veteran": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"defense": true, "defence": true, "deputy": true, "vice": true, "chief": true, "of": true,
}

// openers are capitalised only because they start a sentence; a first word that is not one of
// them and never appears in lower case elsewhere is taken as a proper noun ("Czech officials").
var openers = map[string]bool{
	"despite": true, "meanwhile": true, "however": true, "although": true, "though": true,
	"after": true, "before": true, "while": true, "when": true, "where": true, "their": true,
	"both": true, "this": true, "that": true, "these": true, "those": true, "there": true,
	"here": true, "in": true, "on": true, "at": true, "for": true, "with": true, "as": true,
	"but": true, "and": true, "yet": true, "so": true, "if": true, "then": true, "since": true,
	"during": true, "until": true, "still": true, "also": true, "many": true, "some": true,
	"most": true, "several": true, "each": true, "every": true, "no": true, "not": true, "one": true,
	"two": true, "three": true, "its": true, "his": true, "her": true, "our": true, "we": true,
	"they": true, "he": true, "she": true, "it": true, "i": true, "you": true, "a": true, "an": true,
	"the": true, "later": true, "earlier": true, "today": true, "yesterday": true, "instead": true,
	"officials": true, "analysts": true, "critics": true, "observers": true,
}

// Entities finds proper nouns: runs of capitalised words (a sentence's first word only when it is
// not a common opener and never appears in lower case), with title words removed. A run of two or more words is a person ("Marco Rubio"), and so is a single
// word that follows a title, in either case ("President Zelenskiy", "the envoy Larsen"), or ends a
// person's run elsewhere ("Rubio");
// other single words are Others. Possessives ("Putin’s") count as the bare name.
func (c *Corpus) Entities() Entities {
	people, others := map[string]int{}, map[string]int{}
	surnames := map[string]bool{}
	type run struct {
		words      []string
		afterTitle bool
	}
	var runs []run
	lower := map[string]bool{}
	for _, r := range c.Reports {
		for _, s := range r.Sections {
			for _, w := range strings.Fields(s.Text()) {
				if first, _ := utf8.DecodeRuneInString(w); unicode.IsLower(first) {
					lower[strings.Trim(w, ",.;:!?”“\"'()")] = true
				}
			}
		}
	}
	for _, r := range c.Reports {
		for _, s := range r.Sections {
			for _, sent := range s.Sentences {
				ws := strings.Fields(sent)
				var cur run
				flush := func() {
					if len(cur.words) > 0 {
						runs = append(runs, cur)
					}
					cur = run{}
				}
				for i, w := range ws {
					bare := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
					bare = strings.TrimSuffix(strings.TrimSuffix(bare, "’s"), "'s")
					first, _ := utf8.DecodeRuneInString(bare)
					opener := i == 0 && (openers[strings.ToLower(bare)] || lower[strings.ToLower(bare)])
					if opener || bare == "" || !unicode.IsUpper(first) {
						flush()
						// "the envoy Larsen", "veteran adviser Yury Ushakov": a title in lower case
						// before a name marks it too.
						cur.afterTitle = !opener && titleWords[strings.ToLower(bare)]
						continue
					}
					if titleWords[strings.ToLower(bare)] {
						flush()
						cur.afterTitle = true
						continue
					}
					if strings.ContainsAny(bare, "-") {
						flush()
						continue
					}
					cur.words = append(cur.words, bare)
					if strings.ContainsAny(w, ",.;:!?”\"") || bare != strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
						flush()
					}
				}
				flush()
			}
		}
	}
	for _, r := range runs {
		if len(r.words) >= 2 {
			people[strings.Join(r.words, " ")]++
			surnames[r.words[len(r.words)-1]] = true
		}
	}
	for _, r := range runs {
		if len(r.words) != 1 {
			continue
		}
		w := r.words[0]
		if r.afterTitle || surnames[w] {
			people[w]++
		} else {
			others[w]++
		}
	}
	for p := range people {
		delete(others, p)
	}
	return Entities{People: byCount(people), Others: byCount(others)}
}

// byCount lists keys most frequent first, then alphabetically.
func byCount(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
