package bot

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/index"
)

// OptionKind is the type of a command option.
type OptionKind int

// Option kinds (Discord's STRING and BOOLEAN option types).
const (
	OptionString OptionKind = iota
	OptionBool
)

// Autocomplete sources for string options.
const (
	SuggestNone     = ""
	SuggestNames    = "names"    // people named in the corpus
	SuggestParties  = "parties"  // countries, groups and demonyms named in the corpus
	SuggestHeadings = "headings" // section headings
)

// Option is one option of a slash command.
type Option struct {
	Name        string // lower case, 1–32 characters (Discord's rule for option names)
	Description string // 1–100 characters (Discord's limit)
	Kind        OptionKind
	Required    bool
	MaxLength   int    // string options: most characters accepted (Discord allows up to 6000)
	Suggest     string // string options: an autocomplete source, or SuggestNone
}

// Command is one row of the command table: a slash command's definition beside its handler.
// /who, /outcome and /reactions differ only in data (Hint, Intent).
type Command struct {
	Name        string // lower case, 1–32 characters
	Description string // 1–100 characters
	Options     []Option
	Admin       bool // hidden from members without Manage Server, and checked again on use
	// Hint is a canned query that ranks passages for this command; the user's option text
	// refines it.
	Hint string
	// Intent is forced for this command's searches (index.IntentNone reads it from the text).
	Intent index.Intent
	// Arg names the option whose text is the user's query ("" for none).
	Arg string
	run func(ctx context.Context, b *Bot, c Command, in Invocation) (Reply, error)
}

// hideOption is added to every question command: the answer is ephemeral (only the caller sees it).
var hideOption = Option{Name: "hide", Description: "Only you see the answer", Kind: OptionBool}

// maxQuestion is the longest question accepted: Discord's 6000-character limit for string options.
const maxQuestion = 6000

// commands is the command table, in the order /help-like listings show it.
var commands = []Command{
	{
		Name: "ask", Description: "Ask a question about the Anchorage summit report", Arg: "question",
		Options: []Option{{Name: "question", Description: "Your question, e.g. Was there a ceasefire?", Required: true, MaxLength: maxQuestion}, hideOption},
		run:     answer,
	},
	{
		Name: "who", Description: "Who took part in the summit, and who said what", Arg: "name",
		Options: []Option{{Name: "name", Description: "A person, e.g. Lavrov", MaxLength: 200, Suggest: SuggestNames}, hideOption},
		Hint:    "delegation joined brought accompanied minister adviser envoy secretary",
		Intent:  index.IntentWho,
		run:     answer,
	},
	{
		Name: "outcome", Description: "What the summit produced",
		Options: []Option{hideOption},
		Hint:    "outcome result concluded agreement deal ceasefire binding commitments unresolved",
		run:     answer,
	},
	{
		Name: "reactions", Description: "How others reacted to the summit", Arg: "party",
		Options: []Option{{Name: "party", Description: "A country or group, e.g. Czech", MaxLength: 200, Suggest: SuggestParties}, hideOption},
		Hint:    "reactions allies officials expressed skepticism fearing concerns noted viewed",
		run:     answer,
	},
	{
		Name: "sections", Description: "List the report's sections",
		Options: []Option{hideOption},
		run:     listSections,
	},
	{
		Name: "section", Description: "Show one whole section of the report", Arg: "heading",
		Options: []Option{{Name: "heading", Description: "A section heading", Required: true, MaxLength: 200, Suggest: SuggestHeadings}, hideOption},
		run:     showSection,
	},
	{
		Name: "about", Description: "What summitbot answers from, and how fresh its index is",
		run: about,
	},
	{
		Name: "reindex", Description: "Reload the report and rebuild the index (server managers)",
		Admin: true,
		run:   reindex,
	},
}

// Commands returns the command table (a copy), in listing order.
func Commands() []Command { return append([]Command(nil), commands...) }

// Lookup finds a command by name (case-insensitive, with or without a leading slash).
func Lookup(name string) (Command, bool) {
	name = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(name), "/"))
	for _, c := range commands {
		if c.Name == name {
			return c, true
		}
	}
	return Command{}, false
}

// answer runs a search for the question commands: the user's text (c.Arg) refined by the canned
// Hint and Intent.
func answer(ctx context.Context, b *Bot, c Command, in Invocation) (Reply, error) {
	text := ""
	if c.Arg != "" {
		text = in.Option(c.Arg)
	}
	if len([]rune(text)) > maxQuestion {
		text = string([]rune(text)[:maxQuestion])
		// at a word's end: a word cut short would be searched as a word the report lacks
		if i := strings.LastIndexFunc(text, unicode.IsSpace); i > 0 {
			text = text[:i]
		}
	}
	res, err := b.index.Search(ctx, index.Request{Text: stripDiscordMarkup(text), Hint: c.Hint, Intent: c.Intent, Explain: in.Explain})
	if err != nil {
		return Reply{}, err
	}
	return Reply{Kind: KindAnswer, Query: text, Answered: res.Answered, Reason: res.Reason,
		Nearest: res.Nearest, Passages: res.Passages, Readings: res.Readings, Dated: res.Dated,
		Note: res.Note, Explain: res.Explain, Took: res.Took}, nil
}

// discordMarkup matches mentions (<@1>, <@!1>, <@&1>, <#1>), custom emoji (<:name:1>, <a:name:1>),
// slash-command mentions (</name:1>), timestamps (<t:1:R>) and @everyone/@here: Discord syntax, not
// words of a question.
var discordMarkup = regexp.MustCompile(`<(?:@[!&]?|#|a?:\w+:|/[\w -]+:)\d+>|<t:-?\d+(?::[tTdDfFR])?>|@(?:everyone|here)\b`)

// stripDiscordMarkup removes Discord markup from a question before it is searched.
func stripDiscordMarkup(s string) string { return discordMarkup.ReplaceAllString(s, " ") }

func listSections(_ context.Context, b *Bot, _ Command, _ Invocation) (Reply, error) {
	r := Reply{Kind: KindList, Answered: true, Title: "Sections"}
	hs := b.index.Headings()
	reports := map[string]bool{}
	for _, h := range hs {
		reports[h.Report] = true
	}
	for _, h := range hs {
		r.Passages = append(r.Passages, index.Passage{Report: h.Report, ReportTitle: h.ReportTitle, Heading: h.Heading, Section: h.Section})
		line := h.Heading
		if len(reports) > 1 {
			line += " — " + h.ReportTitle
		}
		r.Lines = append(r.Lines, line)
	}
	return r, nil
}

func showSection(_ context.Context, b *Bot, c Command, in Invocation) (Reply, error) {
	want := in.Option(c.Arg)
	st, ok := b.index.Section(want)
	if !ok {
		return Reply{Kind: KindSection, Query: want, Reason: "No section has that heading. /sections lists them.",
			Nearest: firstHeadings(b.index, 3)}, nil
	}
	return sectionReply(st, want), nil
}

// sectionReply shows one whole section.
func sectionReply(st index.SectionText, query string) Reply {
	sentences := make([]int, st.Sentences)
	for i := range sentences {
		sentences[i] = i + 1
	}
	return Reply{Kind: KindSection, Command: "section", Query: query, Answered: true, Passages: []index.Passage{{
		Report: st.Report, ReportTitle: st.ReportTitle, Heading: st.Heading.Heading, Section: st.Section,
		Sentences: sentences, Text: st.Text, Highlight: index.EscapeMarkdown(st.Text)}}}
}

// FullSection is the reply to the "Full section" button: section i of a report, ephemeral, or a
// polite note when a refresh removed it or put another section in its place (its heading's
// headingKey differs from key; an empty key, from an older button, is not checked).
func (b *Bot) FullSection(report string, i int, key string) Reply {
	st, ok := b.index.SectionAt(report, i)
	if ok && key != "" && headingKey(st.Heading.Heading) != key {
		ok = false
		for _, h := range b.index.Headings() { // the section moved: find it by its heading
			if h.Report == report && headingKey(h.Heading) == key {
				st, ok = b.index.SectionAt(report, h.Section)
				break
			}
		}
	}
	if !ok {
		return Reply{Kind: KindInfo, Command: "section", Ephemeral: true,
			Reason: "That section is no longer in the report (the index was refreshed). /sections lists the current ones."}
	}
	r := sectionReply(st, "")
	r.Ephemeral = true
	return r
}

func firstHeadings(ix *index.Index, n int) []string {
	var out []string
	for _, h := range ix.Headings() {
		if len(out) == n {
			break
		}
		out = append(out, h.Heading)
	}
	return out
}

func about(_ context.Context, b *Bot, _ Command, _ Invocation) (Reply, error) {
	st := b.index.Stats()
	r := Reply{Kind: KindInfo, Answered: true, Title: "About summitbot"}
	if c := b.index.Corpus(); c != nil {
		for _, rep := range c.Reports {
			line := rep.Title
			if rep.Date != "" {
				line += " (" + rep.Date + ")"
			}
			r.Lines = append(r.Lines, fmt.Sprintf("Report: %s, %s", line, plural(len(rep.Sections), "section")))
		}
	}
	r.Lines = append(r.Lines,
		fmt.Sprintf("Index: %s, %s, %s, built %s in %s",
			plural(st.Reports, "report"), plural(st.Sections, "section"), plural(st.Passages, "passage"),
			st.Built.UTC().Format("2006-01-02 15:04:05 UTC"), st.BuildTook.Round(10_000)),
		"Version: "+b.version,
		"Answers quote the report word for word, cite the section, and say so when the report does not cover a question.")
	return r, nil
}

// plural writes a count with its noun: "1 report", "7 sections".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// sortedKeys returns a map's keys sorted.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
