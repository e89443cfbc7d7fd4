package index

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// AnalyzerName is the name under which summitbot's English analyzer is registered with bleve and
// used for the heading and text fields: unicode tokenizer, apostrophe normalisation (’ to '),
// English possessive removal, lower case, Cyrillic transliteration, the variants table, a stop list, and the Snowball
// English stemmer. NOTES-bleve.md explains why bleve's stock "en" analyzer is not enough.
const AnalyzerName = "summitbot_en"

//go:embed variants.txt
var variantsData []byte

//go:embed everyday.txt
var everydayData []byte

// everyday is the broader related-words table (everyday.txt), used only for question words the
// corpus lacks.
var everyday = mustParseTable(everydayData)

//go:embed propernouns.txt
var properNounsData string

//go:embed publicfigures.txt
var publicFiguresData string

//go:embed commonwords.txt
var commonWordsData string

// commonRank is each everyday word's rank in commonwords.txt (0 = most frequent).
var commonRank = func() map[string]int {
	m := map[string]int{}
	for _, line := range strings.Split(commonWordsData, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			if _, dup := m[line]; !dup {
				m[line] = len(m)
			}
		}
	}
	return m
}()

// everydayRank is the rank in commonwords.txt of w (lower case) or of its base form, found by
// taking off a regular English ending ("projects" → "project", "melting" → "melt", "parties" →
// "party"); ok is false when neither is listed. A misspelling that is also a regular form
// ("planing") is taken for the form: real words are the commoner case.
func everydayRank(w string) (rank int, ok bool) {
	if rank, ok = commonRank[w]; ok {
		return rank, ok
	}
	for _, e := range [][2]string{{"ies", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}} {
		if base, cut := strings.CutSuffix(w, e[0]); cut && len(base) >= 3 {
			if rank, ok = commonRank[base+e[1]]; ok {
				return rank, ok
			}
		}
	}
	return 0, false
}

// properNouns are words English spells only with a capital letter (names of people, places,
// nations, months…), lower case; see propernouns.txt for the source, and publicfigures.txt for the
// names of world politics that it lacks.
var properNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(properNounsData+"\n"+publicFiguresData, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}()

// stopExtra are conversational words that carry no content in a question ("tell me", "please"),
// added to the Snowball English stop list.
var stopExtra = []string{"please", "tell", "know", "thing", "things", "anything", "something",
	"happen", "happened", "happens", "happend", "hapened", "happenned", "hey", "hi", "hello", "thanks", "thank", "bot", "summitbot",
	"whether", "actually", "really", "just", "also", "ever", "anyway", "exactly", "basically",
	"meanwhile", "however", "moreover", "furthermore", "nevertheless",
	"will", "can", "shall", "might", "must", "whats", "wheres", "whos", "hows", "whose",
	// Contractions typed without the apostrophe, which the Snowball list has with it ("didn't"),
	// where the bare form is no common word ("its", "ill", "were", "well", "shed" are; "cant" and
	// "wont" are rare): chat often drops it. "till" and "til" are the list's "until".
	"didnt", "dont", "doesnt", "isnt", "wasnt", "werent", "arent", "aint", "cant", "wont", "couldnt",
	"shouldnt", "wouldnt", "havent", "hasnt", "hadnt", "mustnt", "theres", "thats", "heres", "whens",
	"whys", "youre", "theyre", "im", "ive", "youve", "weve", "theyve", "hes", "till", "til",
	// Question words with "did" contracted, and chat spellings of question words (their intent
	// is read through contracted in query.go).
	"why'd", "how'd", "where'd", "what'd", "who'd", "when'd", "whyd", "howd", "whered", "whatd",
	"wen", "wat", "wut", "wher", "whr", "wht", "hw",
	// chat spellings of stop words ("b4" is "before")
	"b4"}

// stopKeep are Snowball stop words that matter for this report: negation carries the answer to
// "was there a ceasefire?".
var stopKeep = map[string]bool{"no": true, "not": true, "nor": true, "against": true}

// table is the parsed variants table (see variants.txt).
type table struct {
	equiv   map[string]string   // variant → canonical, lower-case surface words
	related map[string][]string // surface word or phrase → related phrases, lower-case surface words
}

// maxPhraseWords is the longest left side of a "~" line: phrasal verbs and idioms ("went with",
// "see eye to eye" is "eye to eye").
const maxPhraseWords = 3

var variants = mustParseTable(variantsData)

// verbForms are the past forms in variants.txt's "Irregular verb forms" block ("left", "held",
// "brought"), lower case: a question's noun phrase ends before one ("the one issue left
// unresolved"). Base forms and forms in -s and -ing are left out: they are often nouns
// ("meeting", "win").
var verbForms = func() map[string]bool {
	m := map[string]bool{}
	in := false
	for _, line := range strings.Split(string(variantsData), "\n") {
		if strings.HasPrefix(line, "#") {
			in = strings.HasPrefix(line, "# Irregular verb forms")
			continue
		}
		if _, forms, ok := strings.Cut(line, "="); in && ok {
			for _, w := range strings.Fields(forms) {
				if !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") { // past forms only: "meeting", "wins" are nouns too
					m[w] = true
				}
			}
		}
	}
	return m
}()

func mustParseTable(data []byte) table {
	t, err := parseTable(data)
	if err != nil {
		panic(err) // the table is compiled in; a test parses it too
	}
	return t
}

// parseTable reads variants.txt: "canonical = v1 v2 …" and "word ~ phrase, phrase …" lines, "#"
// comments. Errors name the line.
func parseTable(data []byte) (table, error) {
	t := table{equiv: map[string]string{}, related: map[string][]string{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if l, r, ok := strings.Cut(line, "="); ok {
			canon := strings.ToLower(strings.TrimSpace(l))
			if strings.ContainsAny(canon, " \t") || canon == "" {
				return t, fmt.Errorf("variants.txt:%d: left side must be one word", n)
			}
			for _, v := range strings.Fields(strings.ToLower(r)) {
				if prev, dup := t.equiv[v]; dup && prev != canon {
					return t, fmt.Errorf("variants.txt:%d: %q already maps to %q", n, v, prev)
				}
				t.equiv[v] = canon
			}
			continue
		}
		if l, r, ok := strings.Cut(line, "~"); ok {
			word := strings.Join(strings.Fields(strings.ToLower(l)), " ")
			if word == "" || strings.Count(word, " ") >= maxPhraseWords {
				return t, fmt.Errorf("variants.txt:%d: left side must be one to %d words", n, maxPhraseWords)
			}
			for _, p := range strings.Split(strings.ToLower(r), ",") {
				if p = strings.Join(strings.Fields(p), " "); p != "" {
					t.related[word] = append(t.related[word], p)
				}
			}
			continue
		}
		return t, fmt.Errorf("variants.txt:%d: want \"canonical = variants\" or \"word ~ related\"", n)
	}
	return t, sc.Err()
}

// normaliseFilter turns the typographic apostrophe ’ into ' so that possessives and contractions
// match however they were typed. It rewrites only the term, never the offsets, so highlights stay
// on the right words (a char filter would shift them: NOTES-bleve.md).
type normaliseFilter struct{}

// Filter rewrites ’ to ' in each term.
func (normaliseFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if bytes.Contains(tok.Term, []byte("’")) {
			tok.Term = bytes.ReplaceAll(tok.Term, []byte("’"), []byte("'"))
		}
	}
	return in
}

// variantFilter rewrites each variant in the table's equivalences to its canonical word: one token
// in, one token out, so positions and offsets are kept.
type variantFilter struct{ equiv map[string]string }

// Filter rewrites each variant to its canonical word.
func (f variantFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if c, ok := f.equiv[string(tok.Term)]; ok {
			tok.Term = []byte(c)
		}
	}
	return in
}

// cyrillic transliterates Russian and Ukrainian letters to Latin (BGN/PCGN romanisation, without
// diacritics), so that "Лавров" finds "Lavrov". Letters are lower case: the filter runs after
// lowercasing.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e", 'є': "ye",
	'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh",
	'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya",
}

// transliterateFilter rewrites Cyrillic terms in Latin letters (see cyrillic); other terms pass
// unchanged. One token in, one out.
type transliterateFilter struct{}

// Filter writes Cyrillic terms in Latin letters.
func (transliterateFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if !bytes.ContainsFunc(tok.Term, func(r rune) bool { return r >= 0x400 && r <= 0x4FF }) {
			continue
		}
		var b strings.Builder
		for _, r := range string(tok.Term) {
			if l, ok := cyrillic[r]; ok {
				b.WriteString(l)
			} else {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			tok.Term = []byte(b.String())
		}
	}
	return in
}

// newAnalyzer builds the analyzer described at AnalyzerName.
func newAnalyzer(cache *registry.Cache) (analysis.Analyzer, error) {
	tokenizer, err := cache.TokenizerNamed(unicode.Name)
	if err != nil {
		return nil, err
	}
	names := []string{en.PossessiveName, lowercase.Name}
	filters := []analysis.TokenFilter{normaliseFilter{}}
	for _, n := range names {
		f, err := cache.TokenFilterNamed(n)
		if err != nil {
			return nil, err
		}
		filters = append(filters, f)
	}
	stopWords := analysis.NewTokenMap()
	if err := stopWords.LoadBytes(en.EnglishStopWords); err != nil {
		return nil, err
	}
	for w := range stopKeep {
		delete(stopWords, w)
	}
	for _, w := range stopExtra {
		stopWords.AddToken(w)
	}
	stemmer, err := cache.TokenFilterNamed(en.SnowballStemmerName)
	if err != nil {
		return nil, err
	}
	filters = append(filters, transliterateFilter{}, variantFilter{variants.equiv}, stop.NewStopTokensFilter(stopWords), stemmer)
	return &analysis.DefaultAnalyzer{Tokenizer: tokenizer, TokenFilters: filters}, nil
}

func init() {
	if err := registry.RegisterAnalyzer(AnalyzerName, func(_ map[string]any, cache *registry.Cache) (analysis.Analyzer, error) {
		return newAnalyzer(cache)
	}); err != nil {
		panic(err)
	}
}
