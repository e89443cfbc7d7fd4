package synthcorpus

import (
	"github.com/summitbot/summitbot/corpus"
	"math/rand/v2"
	"strings"
)

// VocabularySize is the number of distinct lower-case words the generator draws body text from:
// the hand-written common words plus generated pseudo-words. Proper nouns (pseudo-names of people
// and places) come on top of it.
const VocabularySize = 20000

// ExcludedWords are the words synthetic text never contains, compared case-insensitively: the
// names and terms specific to the real Anchorage report, so that a synthetic corpus does not lend
// spurious support to answers about it. No generated word or name even contains one of them.
var ExcludedWords = []string{
	"trump", "putin", "anchorage", "summit", "zelenskiy", "zelensky", "lavrov", "rubio", "witkoff",
	"ushakov", "ukraine", "ukrainian", "russia", "russian", "moscow", "ceasefire", "delegation",
	"delegations",
}

// functionWords are the most frequent English words, roughly in frequency order; they take the top
// Zipf ranks. They never appear in headings or titles except inside them.
var functionWords = strings.Fields(`
the of and to a in that is was said for on with he it as at by from his be have has are
an they not this but were had will their been who which would or its after more about also
than over into up when other there could out two new first last three years one all some
her she what before against while during under between we them only no if since because
can may so such these most any those do did both many then should our through down where
how each just very still even here now many against without off around until among
`)

// contentWords are common news-like content words, after the function words in rank order.
var contentWords = strings.Fields(`
government minister talks economy city council report officials week agreement year people
president country state police told party leaders group public security prime national plan
meeting statement market million percent deal election members law court local foreign military
war peace attacks forces spokesman conference support time day month policy political service
health school children workers company companies industry trade prices energy oil gas power
bank interest rates inflation budget tax spending growth jobs business investors shares
figures data analysts told news announced expected according former chief executive director
board committee parliament vote voters campaign opposition candidate region border area capital
province district village town residents community families women men officers troops soldiers
army navy air defence ministry department agency authorities federal regional international
global world europe european union allies partners neighbours relations diplomatic diplomats
envoy ambassador embassy sanctions exports imports tariffs negotiations negotiators proposal
proposals terms framework treaty accord pact settlement dispute conflict fighting violence
crisis emergency aid humanitarian refugees camp hospital doctors patients disease vaccine
weather storm flood fire drought harvest farmers food water supply supplies shortage costs
cost price increase decline rise fall record level levels high low strong weak recent early
late major minor key important significant serious possible likely unclear future current
previous next final official private senior junior general social economic financial legal
commercial industrial rural urban northern southern eastern western central coastal local
announcement decision ruling case judge trial investigation inquiry evidence charges arrest
protest protesters rally demonstrators crowd speech interview press media newspaper television
radio online internet technology system systems network project projects programme funding
infrastructure road roads bridge railway airport port ships shipping transport traffic
housing homes property land environment climate emissions pollution forest river coast island
mountain valley season summer winter spring autumn morning evening night today yesterday
weekend monday tuesday wednesday thursday friday saturday sunday january february march
april june july august september october november december hours minutes days months decades
century history future reform reforms changes change rules regulation regulations standards
rights freedom justice control pressure influence role position view views concerns concern
questions answer answers response reaction criticism praise warning warnings threat threats
risk risks chance hope hopes fears doubts confidence trust talks progress breakthrough
stalemate compromise concessions demands offer offers request requests visit visits trip
return leader speaker chairman secretary adviser advisers aide aides team staff member
university students teachers research study studies scientists experts report reports
figures survey poll polls results result outcome impact effect effects level scale number
numbers total half quarter dozen hundreds thousands millions billion billions share shares
`)

// connectives start the clause after an occasional comma.
var connectives = []string{"and", "but", "while", "as", "which", "although", "after", "before", "so"}

// questionWords start the occasional question.
var questionWords = []string{"Will", "Can", "Should", "Could", "Would", "Does", "Is", "How", "Why", "What"}

// Syllable parts for pseudo-words and pseudo-names.
var (
	onsets = strings.Fields(`b br c ch cl d dr f fl g gr h j k l m n p pl pr qu r s sc sh sl sp st t th tr v w z`)
	vowels = strings.Fields(`a e i o u a e i o ai ea ou io ia`)
	codas  = []string{"", "", "", "n", "r", "s", "l", "m", "nd", "st", "nt", "rk", "th", "x"}
)

// vocabSeed fixes the vocabulary and name lists: they are the same for every Options.Seed, so
// corpora of different seeds and sizes share one language.
const vocabSeed = 0x5eed_70ca_b0_1a

// vocab is the shared word material of every corpus, built once.
type vocab struct {
	words     []string // lower-case; functionWords first, then contentWords, then pseudo-words
	nFunction int      // words[:nFunction] are function words
	first     []string // capitalised given names
	last      []string // capitalised family names
	places    []string // capitalised place names
}

var theVocab = buildVocab()

// excluded reports whether w (any case) contains an excluded word.
func excluded(w string) bool {
	w = strings.ToLower(w)
	for _, x := range ExcludedWords {
		if strings.Contains(w, x) {
			return true
		}
	}
	return false
}

// usable reports whether w may enter the vocabulary: not excluded, not an abbreviation the parser
// would not split after, and not yet taken.
func usable(w string, taken map[string]bool) bool {
	return !excluded(w) && !corpus.IsAbbreviation(w) && !taken[w]
}

// buildVocab builds the vocabulary deterministically from vocabSeed.
func buildVocab() *vocab {
	v := &vocab{}
	taken := map[string]bool{}
	add := func(list []string) {
		for _, w := range list {
			if usable(w, taken) {
				taken[w] = true
				v.words = append(v.words, w)
			}
		}
	}
	add(functionWords)
	v.nFunction = len(v.words)
	add(contentWords)

	r := rand.New(rand.NewPCG(vocabSeed, vocabSeed>>7))
	pseudo := func(minSyl, maxSyl int) string {
		var b []byte
		n := minSyl + r.IntN(maxSyl-minSyl+1)
		for i := range n {
			// A word may start with its vowel; later syllables skip the onset only after a
			// consonant, so vowels do not pile up ("iiae").
			skip := r.IntN(6) == 0
			if i > 0 {
				skip = !strings.ContainsRune("aeiou", rune(b[len(b)-1])) && r.IntN(3) == 0
			}
			if !skip {
				b = append(b, onsets[r.IntN(len(onsets))]...)
			}
			b = append(b, vowels[r.IntN(len(vowels))]...)
			if i == n-1 || r.IntN(3) == 0 {
				b = append(b, codas[r.IntN(len(codas))]...)
			}
		}
		return string(b)
	}
	for len(v.words) < VocabularySize {
		w := pseudo(1, 3)
		if len(w) >= 4 && usable(w, taken) {
			taken[w] = true
			v.words = append(v.words, w)
		}
	}
	names := func(n int, suffixes []string) []string {
		out := make([]string, 0, n)
		for len(out) < n {
			w := pseudo(2, 3)
			if len(suffixes) > 0 && r.IntN(3) == 0 {
				w += suffixes[r.IntN(len(suffixes))]
			}
			if len(w) >= 4 && len(w) <= 14 && usable(w, taken) {
				taken[w] = true
				out = append(out, capitalise(w))
			}
		}
		return out
	}
	v.first = names(1500, []string{"a", "o", "el", "in", "ine"})
	v.last = names(3000, []string{"son", "ski", "ova", "er", "ez", "ini", "berg"})
	v.places = names(1200, []string{"ville", "burg", "ia", "stan", "port", "field", "grad"})
	return v
}

// capitalise upper-cases the first letter of an ASCII word.
func capitalise(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
