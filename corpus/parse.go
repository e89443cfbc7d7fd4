package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// MaxSentenceRunes caps a passage's length: a longer sentence is split at the last space before
// the cap, so one quoted passage always fits a Discord embed (description limit 4096).
const MaxSentenceRunes = 1000

// maxHeadingRunes and maxHeadingWords bound what a plain-text line may be to count as a heading.
const (
	maxHeadingRunes = 100
	maxHeadingWords = 14
)

// frontMatter is the optional YAML block at the top of a report, between "---" lines.
type frontMatter struct {
	Title  string `yaml:"title"`
	Date   string `yaml:"date"`
	Source string `yaml:"source"`
	URL    string `yaml:"url"`
}

// Parse reads one report file. name is the file's name (its extension picks the format: ".md" and
// ".markdown" are Markdown with "#" headings, anything else plain text where a heading is a short
// line without sentence-ending punctuation). data may start with a UTF-8 byte-order mark and use
// CRLF line ends. Errors are *FileError values naming name and, where it applies, the line: a file
// over MaxReportBytes, not UTF-8, with NUL bytes, bad front matter, a repeated or empty heading, or
// no text at all.
func Parse(name string, data []byte) (*Report, error) {
	fail := func(line int, format string, args ...any) error {
		return &FileError{File: name, Line: line, Err: fmt.Errorf(format, args...)}
	}
	if len(data) > MaxReportBytes {
		return nil, fail(0, "file is %d bytes, over the %d-byte (10 MiB) limit", len(data), MaxReportBytes)
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil, fail(1, "file is UTF-16; save it as UTF-8")
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fail(lineOf(data, i), "NUL byte: this looks like a binary file, not a report")
	}
	if !utf8.Valid(data) {
		return nil, fail(lineOf(data, invalidAt(data)), "text is not valid UTF-8")
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")

	id := strings.TrimSuffix(path.Base(name), path.Ext(name))
	r := &Report{ID: id, Title: titleFromName(id)}
	first := 0 // index of the first body line after any front matter
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		end := -1
		for i := 1; i < len(lines); i++ {
			if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
				end = i
				break
			}
		}
		if end < 0 {
			return nil, fail(1, "front matter starts with --- but has no closing --- line")
		}
		var fm frontMatter
		if err := yaml.Unmarshal([]byte(strings.Join(lines[1:end], "\n")), &fm); err != nil {
			return nil, fail(2, "front matter is not valid YAML: %v", err)
		}
		if t := strings.TrimSpace(fm.Title); t != "" {
			r.Title = t
		}
		r.Date = strings.TrimSpace(fm.Date)
		r.Source = strings.TrimSpace(cmpOr(fm.Source, fm.URL))
		first = end + 1
	}

	markdown := strings.EqualFold(path.Ext(name), ".md") || strings.EqualFold(path.Ext(name), ".markdown")
	var (
		cur       *Section
		para      []string
		seen      = map[string]int{}
		titleDone = r.Title != titleFromName(id)
		titleLine bool // a leading "# Title" was read
	)
	flush := func() {
		if len(para) > 0 && cur != nil {
			cur.Sentences = append(cur.Sentences, SplitSentences(strings.Join(para, " "))...)
		}
		para = para[:0]
	}
	for i := first; i < len(lines); i++ {
		n := i + 1
		line := strings.TrimSpace(lines[i])
		if line == "" {
			flush()
			continue
		}
		heading, level, isHeading := "", 0, false
		if markdown {
			heading, level, isHeading = markdownHeading(line)
		} else {
			heading, isHeading = plainHeading(line), plainHeading(line) != ""
		}
		if isHeading {
			flush()
			// A Markdown report's leading "# Title", before any text, is its title (front matter's
			// title, when it gives one, wins); after front matter's title, a "# Background" with
			// text under it is a section.
			if markdown && level == 1 && !titleLine && len(r.Sections) == 0 && cur == nil &&
				(!titleDone || strings.EqualFold(heading, r.Title) || nextIsHeading(lines, i+1)) {
				if !titleDone {
					r.Title, titleDone = heading, true
				}
				titleLine = true
				continue
			}
			if cur != nil && len(cur.Sentences) == 0 {
				return nil, fail(cur.Line, "heading %q has no text under it", cur.Heading)
			}
			key := strings.ToLower(heading)
			if prev, dup := seen[key]; dup {
				return nil, fail(n, "heading %q repeats the heading on line %d; headings must be unique", heading, prev)
			}
			seen[key] = n
			r.Sections = append(r.Sections, Section{Heading: heading, Line: n})
			cur = &r.Sections[len(r.Sections)-1]
			continue
		}
		if cur == nil {
			seen[strings.ToLower(OverviewHeading)] = n
			r.Sections = append(r.Sections, Section{Heading: OverviewHeading, Line: n})
			cur = &r.Sections[len(r.Sections)-1]
		}
		para = append(para, line)
	}
	flush()
	if len(r.Sections) == 0 {
		return nil, fail(0, "report has no text")
	}
	if last := r.Sections[len(r.Sections)-1]; len(last.Sentences) == 0 {
		return nil, fail(last.Line, "heading %q has no text under it", last.Heading)
	}
	return r, nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// lineOf is the 1-based line number of byte offset off in data.
func lineOf(data []byte, off int) int { return bytes.Count(data[:off], []byte("\n")) + 1 }

// invalidAt is the offset of the first byte that is not valid UTF-8.
func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// titleFromName turns "anchorage-summit-2025" into "Anchorage Summit 2025".
func titleFromName(id string) string {
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	if len(words) == 0 {
		return id
	}
	return strings.Join(words, " ")
}

// markdownHeading recognises "# Heading" to "###### Heading" (ATX headings, optional closing #s).
// nextIsHeading reports whether the first non-empty line from lines[i] is a Markdown heading, or
// there is none: a heading right before it has no text of its own.
func nextIsHeading(lines []string, i int) bool {
	for ; i < len(lines); i++ {
		if line := strings.TrimSpace(lines[i]); line != "" {
			_, _, h := markdownHeading(line)
			return h
		}
	}
	return true
}

func markdownHeading(line string) (heading string, level int, ok bool) {
	for level < len(line) && line[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level >= len(line) || (line[level] != ' ' && line[level] != '\t') {
		return "", 0, false
	}
	heading = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[level:]), "#"))
	return heading, level, heading != ""
}

// plainHeading returns line if it reads as a plain-text heading: at most maxHeadingRunes runes and
// maxHeadingWords words, starting with a capital letter or digit, and not ending like a sentence
// (. ! ? : ; , … or a closing quote).
func plainHeading(line string) string {
	if utf8.RuneCountInString(line) > maxHeadingRunes || len(strings.Fields(line)) > maxHeadingWords {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;,…\"”’'", last) {
		return ""
	}
	return line
}

// abbreviations end with a full stop that does not end a sentence (compared lower-case, without
// the final dot).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "rep": true, "sen": true, "gov": true, "prof": true,
	"pres": true, "vs": true, "etc": true, "e.g": true, "i.e": true, "u.s": true, "u.n": true,
	"u.k": true, "e.u": true, "no": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "approx": true, "est": true, "inc": true, "corp": true, "ltd": true, "co": true,
}

// SplitSentences splits a paragraph at sentence ends: ". ! ? …", optionally followed by closing
// quotes or brackets, then white space, then a capital letter, digit or opening quote. It keeps
// abbreviations ("Mr.", "U.S.") and initials ("J.") inside their sentence, folds runs of white
// space to one space, and splits any sentence longer than MaxSentenceRunes at a space.
func SplitSentences(paragraph string) []string {
	text := strings.Join(strings.Fields(paragraph), " ")
	var out []string
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminal(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			c, n := utf8.DecodeRuneInString(text[j:])
			if !isCloser(c) {
				break
			}
			j += n
		}
		if j+1 >= len(text) || text[j] != ' ' {
			i += size
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !isOpener(next) {
			i += size
			continue
		}
		if r == '.' && isAbbreviation(text[start:i]) {
			i += size
			continue
		}
		out = append(out, capLength(text[start:j])...)
		start = j + 1
		i = start
	}
	if start < len(text) {
		out = append(out, capLength(text[start:])...)
	}
	return out
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '«':
		return true
	}
	return false
}

// IsAbbreviation reports whether word (without its final full stop, any case) is one of the
// abbreviations the sentence splitter never ends a sentence after ("Mr", "U.S", "etc").
func IsAbbreviation(word string) bool { return abbreviations[strings.ToLower(word)] }

// isAbbreviation reports whether the word just before a full stop is a known abbreviation or a
// single-letter initial.
func isAbbreviation(before string) bool {
	word := before[strings.LastIndexByte(before, ' ')+1:]
	word = strings.ToLower(strings.TrimLeft(word, "(\"'“‘"))
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && size > 0 && unicode.IsLetter(r) {
		return true
	}
	return abbreviations[word]
}

// capLength splits s into pieces of at most MaxSentenceRunes runes, at spaces where it can.
func capLength(s string) []string {
	if len(s) <= MaxSentenceRunes || utf8.RuneCountInString(s) <= MaxSentenceRunes {
		return []string{s}
	}
	var out []string
	for utf8.RuneCountInString(s) > MaxSentenceRunes {
		rs := []rune(s)
		cut := MaxSentenceRunes
		for k := MaxSentenceRunes; k > MaxSentenceRunes/2; k-- {
			if rs[k] == ' ' {
				cut = k
				break
			}
		}
		out = append(out, strings.TrimSpace(string(rs[:cut])))
		s = strings.TrimSpace(string(rs[cut:]))
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// errNoReports is returned by Load when a directory holds no report files.
var errNoReports = errors.New("no report files (*.txt, *.md, *.markdown)")
