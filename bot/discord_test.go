package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// checkLimits fails the test if a response breaks any Discord message limit.
func checkLimits(t *testing.T, what string, d *discordgo.InteractionResponseData) {
	t.Helper()
	n := utf8.RuneCountInString
	if n(d.Content) > limitContent {
		t.Errorf("%s: content %d > %d", what, n(d.Content), limitContent)
	}
	if d.Content == "" && len(d.Embeds) == 0 {
		t.Errorf("%s: empty message", what)
	}
	if len(d.Embeds) > limitEmbeds {
		t.Errorf("%s: %d embeds", what, len(d.Embeds))
	}
	total := 0
	for _, e := range d.Embeds {
		if n(e.Title) > limitTitle || n(e.Description) > limitDescription || (e.Footer != nil && n(e.Footer.Text) > limitFooter) {
			t.Errorf("%s: embed over a limit: title %d description %d", what, n(e.Title), n(e.Description))
		}
		total += embedSize(e)
	}
	if total > limitEmbedsTotal {
		t.Errorf("%s: embeds total %d > %d", what, total, limitEmbedsTotal)
	}
	if d.AllowedMentions == nil || d.AllowedMentions.Parse == nil || len(d.AllowedMentions.Parse) != 0 {
		t.Errorf("%s: allowed mentions %+v, want parse: []", what, d.AllowedMentions)
	}
	for _, row := range d.Components {
		for _, c := range row.(discordgo.ActionsRow).Components {
			b := c.(discordgo.Button)
			if n(b.Label) > limitButtonLabel || len(b.CustomID) > limitCustomID {
				t.Errorf("%s: button label %d custom ID %d", what, n(b.Label), len(b.CustomID))
			}
		}
	}
}

// oversizedBot indexes a report built to break every limit: a 1000-character title, headings of
// 100 characters, sentences of 1000 characters full of markdown, a section of 60,000 characters.
func oversizedBot(t *testing.T) *Bot {
	t.Helper()
	sentence := strings.Repeat("Lavrov *said* _ceasefire_ `x` ||y|| <@1> ", 25) // ~1000 characters
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\n---\n", strings.Repeat("Very Long Title ", 62))
	for s := 0; s < 3; s++ {
		fmt.Fprintf(&b, "%sHeading Word %d\n", strings.Repeat("Extraordinarily ", 5), s)
		for k := 0; k < 60; k++ {
			b.WriteString(sentence + "Ceasefire talks continued. ")
		}
		b.WriteString("\n")
	}
	r, err := corpus.Parse(strings.Repeat("long-report-name-", 8)+".txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(&corpus.Corpus{Reports: []*corpus.Report{r}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(ix, nil, "test")
}

func TestDiscordLimitsWithOversizedReport(t *testing.T) {
	b := oversizedBot(t)
	for _, in := range []Invocation{
		{Command: "ask", Options: map[string]string{"question": "What did Lavrov say about the ceasefire? " + strings.Repeat("*", 6000)}},
		{Command: "who", Options: map[string]string{"name": "Lavrov"}},
		{Command: "sections"},
		{Command: "section", Options: map[string]string{"heading": "Heading Word"}},
		{Command: "about"},
		{Command: "ask", Options: map[string]string{"question": "What is the price of Bitcoin? " + strings.Repeat("x", 5000)}},
	} {
		r, err := b.Handle(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		d := renderDiscord(r)
		checkLimits(t, "/"+in.Command, d)
		if in.Command == "section" && (len(d.Embeds) < 2 || !strings.Contains(d.Embeds[len(d.Embeds)-1].Footer.Text, "more characters")) {
			t.Errorf("/section of 60,000 characters: %d embeds, footer %q", len(d.Embeds), d.Embeds[len(d.Embeds)-1].Footer.Text)
		}
	}
	h := b.Index().Headings()[0]
	checkLimits(t, "button", renderDiscord(b.FullSection(h.Report, 0, headingKey(h.Heading))))
	if got := b.suggest(SuggestHeadings, ""); len(got) == 0 || utf8.RuneCountInString(got[0].Name) > limitChoiceText {
		t.Errorf("heading choices %+v", got)
	}
}

// askOnDiscord runs /ask with question and renders the reply for Discord.
func askOnDiscord(t *testing.T, b *Bot, question string) (Reply, *discordgo.InteractionResponseData) {
	t.Helper()
	r, err := b.Handle(context.Background(), Invocation{Command: "ask", Options: map[string]string{"question": question}})
	if err != nil {
		t.Fatal(err)
	}
	return r, renderDiscord(r)
}

// TestDiscordDated: the answer to "when was the summit?" gives the report's date above the quote.
func TestDiscordDated(t *testing.T) {
	_, d := askOnDiscord(t, datedBot(t), "when was the summit?")
	if !strings.Contains(d.Content, "is dated 2025-08-15.") || len(d.Embeds) == 0 {
		t.Errorf("content %q, %d embeds", d.Content, len(d.Embeds))
	}
}

// TestDiscordNote: a question for the year, which only the report's title gives, is answered
// with the lede and a note, above the quote, that the report gives no date.
func TestDiscordNote(t *testing.T) {
	r, d := askOnDiscord(t, newBot(t), "what year was the summit?")
	if !r.Answered || !strings.Contains(d.Content, "gives no date; its title names the year") || len(d.Embeds) == 0 {
		t.Errorf("answered %v, content %q, %d embeds", r.Answered, d.Content, len(d.Embeds))
	}
	if text := RenderText(r); !strings.Contains(text, "gives no date; its title names the year") {
		t.Errorf("terminal text %q lacks the note", text)
	}
}

func TestDiscordLimitsOnEmbeddedReport(t *testing.T) {
	b := newBot(t)
	for _, c := range Commands() {
		r, err := b.Handle(context.Background(), Invocation{Command: c.Name, Options: map[string]string{c.Arg: "Lavrov"}, Admin: true})
		if err != nil {
			t.Fatal(err)
		}
		checkLimits(t, "/"+c.Name, renderDiscord(r))
	}
}

// TestCommandDefinitions checks the table against Discord's rules for command and option names
// and descriptions, and the 25-option and 100-command limits.
func TestCommandDefinitions(t *testing.T) {
	name := regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)
	cmds := applicationCommands()
	if len(cmds) > 100 {
		t.Errorf("%d commands", len(cmds))
	}
	for _, c := range cmds {
		if !name.MatchString(c.Name) || len(c.Description) < 1 || utf8.RuneCountInString(c.Description) > 100 || len(c.Options) > 25 {
			t.Errorf("/%s: bad name, description or option count", c.Name)
		}
		required := true
		for _, o := range c.Options {
			if !name.MatchString(o.Name) || len(o.Description) < 1 || utf8.RuneCountInString(o.Description) > 100 || o.MaxLength > 6000 {
				t.Errorf("/%s %s: bad option", c.Name, o.Name)
			}
			if o.Required && !required {
				t.Errorf("/%s: required option %s after an optional one", c.Name, o.Name)
			}
			required = o.Required
		}
	}
}

func TestSuggest(t *testing.T) {
	b := newBot(t)
	names := func(cs []*discordgo.ApplicationCommandOptionChoice) string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return strings.Join(out, ",")
	}
	if got := names(b.suggest(SuggestNames, "ru")); !strings.HasPrefix(got, "Marco Rubio") {
		t.Errorf("names for ru = %s", got)
	}
	if got := names(b.suggest(SuggestParties, "cz")); got != "Czech" {
		t.Errorf("parties for cz = %s", got)
	}
	if got := b.suggest(SuggestNames, "zzzz"); len(got) == 0 {
		t.Error("no fallback choices")
	}
}

func TestStripDiscordMarkup(t *testing.T) {
	in := "Who is <@123> <@!45> <@&6> <#7> <:wave:8> <a:dance:9> </ask:10> <t:1700000000:R> @everyone @here Lavrov?"
	if got := strings.Join(strings.Fields(stripDiscordMarkup(in)), " "); got != "Who is Lavrov?" {
		t.Errorf("stripDiscordMarkup = %q", got)
	}
}

func TestParseFullSection(t *testing.T) {
	key := headingKey("Summit Delegations")
	fs, ok := parseFullSection("full:6:" + key + ":anchorage-summit-2025")
	if !ok || fs.report != "anchorage-summit-2025" || fs.section != 6 || fs.key != key {
		t.Errorf("parse = %+v %v", fs, ok)
	}
	if old, ok := parseFullSection("full:6:anchorage-summit-2025"); !ok || old.report != "anchorage-summit-2025" || old.key != "" {
		t.Errorf("a button of the older format: %+v %v", old, ok)
	}
	for _, bad := range []string{"", "full:", "full:x:" + key + ":r", "full:1:" + key + ":", "other:1:" + key + ":r", "full:-1:" + key + ":r"} {
		if _, ok := parseFullSection(bad); ok {
			t.Errorf("parseFullSection(%q) accepted", bad)
		}
	}
	if r := newBot(t).FullSection("gone", 0, key); r.Answered || !r.Ephemeral {
		t.Errorf("missing section reply %+v", r)
	}
}

// TestFullSectionAfterRefresh clicks an old button after a refresh put another section at its
// position: it shows the section it was made for, found by heading, not the newcomer.
func TestFullSectionAfterRefresh(t *testing.T) {
	dir := t.TempDir()
	write := func(text string) {
		if err := os.WriteFile(filepath.Join(dir, "r.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Alpha Part\nFirst text.\nBeta Part\nSecond text.")
	b := botFrom(t, func() (*corpus.Corpus, []error, error) { return corpus.LoadDir(dir) })
	key := headingKey("Beta Part")
	write("Inserted Part\nNew text.\nAlpha Part\nFirst text.\nBeta Part\nSecond text.")
	if _, err := b.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	r := b.FullSection("r", 1, key) // position 1 is now "Alpha Part"
	if !r.Answered || r.Passages[0].Heading != "Beta Part" {
		t.Errorf("old button shows %+v, want Beta Part", r.Passages)
	}
	write("Alpha Part\nFirst text.")
	b.Refresh(context.Background(), nil)
	if r := b.FullSection("r", 1, key); r.Answered || !strings.Contains(r.Reason, "no longer") {
		t.Errorf("removed section: %+v", r)
	}
}

func TestEvalAnsweredWithoutPassages(t *testing.T) {
	b := newBot(t)
	sum, misses, err := b.Evaluate(context.Background(), []EvalCase{{Command: "about", Expect: []string{"Overview"}, Line: 1}})
	if err != nil || sum.Top1 != 0 || len(misses) != 1 {
		t.Errorf("sum %+v misses %v err %v", sum, misses, err)
	}
}

func TestRefreshReportsSuccessWhenApplied(t *testing.T) {
	b := newBot(t)
	rep, err := b.Refresh(context.Background(), nil)
	if err != nil || !rep.Applied {
		t.Errorf("refresh: %+v %v", rep, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := b.Refresh(ctx, nil); err == nil {
		t.Error("a refresh asked for with a cancelled context ran")
	}
}

// TestDrainRace dispatches interactions while the dispatcher drains: no interaction may start
// after the drain began (sync.WaitGroup panics on an Add during Wait).
func TestDrainRace(t *testing.T) {
	b := newBot(t)
	for round := 0; round < 20; round++ {
		d := newDispatcher(b, nil, nil, Hooks{})
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for w := 0; w < 8; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for k := 0; ; k++ {
					select {
					case <-stop:
						return
					default:
					}
					d.dispatch(context.Background(), &recorder{}, &discordgo.Interaction{ID: "x", Token: "t",
						Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{Name: "about"},
						Member: &discordgo.Member{User: &discordgo.User{ID: strconv.Itoa(w*1000 + k)}}})
				}
			}(w)
		}
		time.Sleep(2 * time.Millisecond)
		if err := d.drain(context.Background()); err != nil {
			t.Fatal(err)
		}
		close(stop)
		wg.Wait()
	}
}

func TestEmptyAutocompleteSendsEmptyChoices(t *testing.T) {
	data, err := json.Marshal(noChoices)
	if err != nil || string(data) != `{"type":8,"data":{"choices":[]}}` {
		t.Errorf("%s %v", data, err)
	}
}
