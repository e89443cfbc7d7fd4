package bot

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/summitbot/summitbot/index"
)

// Discord message limits (Discord API docs, "Embed Limits" and "Create Message").
const (
	limitContent     = 2000
	limitEmbeds      = 10
	limitTitle       = 256
	limitDescription = 4096
	limitFooter      = 2048
	limitEmbedsTotal = 6000
	limitChoices     = 25  // autocomplete choices
	limitChoiceText  = 100 // choice name and value
	limitButtonLabel = 80
	limitCustomID    = 100
	maxAnswerEmbeds  = 3 // passages shown in one answer
)

// Embed colours.
const (
	colourAnswer  = 0x2b6cb0
	colourSection = 0x718096
	colourInfo    = 0x38a169
)

// fullSectionPrefix starts the custom ID of a "Full section" button:
// "full:<section>:<heading key>:<report>", where the heading key (headingKey) lets the button
// notice that a refresh moved or renamed the section.
const fullSectionPrefix = "full:"

// headingKey is a short, stable key for a heading: 8 hex digits of its FNV-1a hash.
func headingKey(heading string) string {
	h := fnv.New32a()
	h.Write([]byte(heading))
	return fmt.Sprintf("%08x", h.Sum32())
}

// noMentions is the allowed-mentions value for every message: an empty parse list, so neither a
// question nor the report can ping anyone (a nil list would let Discord parse mentions:
// NOTES-discord.md).
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// truncate cuts s to at most n runes, ending with "…" when it cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	rs := []rune(s)
	return strings.TrimRight(string(rs[:n-1]), " ") + "…"
}

// runes counts the characters Discord counts (Unicode code points).
func runes(s string) int { return utf8.RuneCountInString(s) }

// renderDiscord renders a Reply as an interaction response message: embeds for answers, sections
// and info, plain content for refusals, with every Discord length limit respected whatever the
// corpus or the user typed.
func renderDiscord(r Reply) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{AllowedMentions: noMentions()}
	if r.Ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	var content []string
	if r.Query != "" && r.Kind == KindAnswer {
		content = append(content, "**Q:** "+index.EscapeMarkdown(truncate(oneLine(r.Query), 300)))
	}
	for _, rd := range r.Readings {
		rd.Word, rd.As = index.EscapeMarkdown(truncate(rd.Word, 100)), index.EscapeMarkdown(rd.As)
		content = append(content, "*"+readingLine(rd)+"*")
	}
	if r.Dated != "" && len(r.Passages) > 0 {
		content = append(content, fmt.Sprintf("The report “%s” is dated %s.",
			index.EscapeMarkdown(r.Passages[0].ReportTitle), index.EscapeMarkdown(r.Dated)))
	}
	if r.Answered && r.Note != "" {
		content = append(content, index.EscapeMarkdown(r.Note))
	}
	if !r.Answered && r.Reason != "" {
		content = append(content, index.EscapeMarkdown(r.Reason)) // it may quote the user's words
		if len(r.Nearest) > 0 {
			content = append(content, "Nearest sections: "+index.EscapeMarkdown(strings.Join(r.Nearest, " · ")))
		}
	}
	budget := limitEmbedsTotal
	switch r.Kind {
	case KindAnswer:
		var row []discordgo.MessageComponent
		for i, p := range r.Passages {
			if i == maxAnswerEmbeds {
				break
			}
			e := passageEmbed(p, p.Highlight, colourAnswer, budget)
			if e == nil {
				break
			}
			budget -= embedSize(e)
			d.Embeds = append(d.Embeds, e)
			if b := fullSectionButton(p); b != nil {
				row = append(row, b)
			}
		}
		if len(row) > 0 {
			d.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
		}
	case KindSection:
		if len(r.Passages) > 0 {
			d.Embeds = sectionEmbeds(r.Passages[0])
		}
	case KindList, KindInfo:
		if len(r.Lines) > 0 || r.Title != "" {
			lines := r.Lines
			if r.Kind == KindList {
				lines = make([]string, len(r.Lines))
				for i, l := range r.Lines {
					lines[i] = fmt.Sprintf("%d. %s", i+1, index.EscapeMarkdown(l))
				}
			}
			d.Embeds = []*discordgo.MessageEmbed{{Title: truncate(r.Title, limitTitle), Color: colourInfo,
				Description: truncate(strings.Join(lines, "\n"), limitDescription)}}
		}
	}
	d.Content = truncate(strings.Join(content, "\n"), limitContent)
	if d.Content == "" && len(d.Embeds) == 0 {
		d.Content = "Nothing to show."
	}
	return d
}

// oneLine folds white space so echoed text cannot start a markdown block.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// passageEmbed quotes one passage: the heading as the title, the highlighted quote as the
// description, report title and sentence numbers in the footer. It fits the embed into budget
// characters (nil if even a short form does not fit).
func passageEmbed(p index.Passage, highlight string, colour int, budget int) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title:  truncate(p.Heading, limitTitle),
		Color:  colour,
		Footer: &discordgo.MessageEmbedFooter{Text: truncate(footer(p), limitFooter)},
	}
	room := min(limitDescription, budget-runes(e.Title)-runes(e.Footer.Text))
	if room < 40 {
		return nil
	}
	desc := "> " + highlight
	if runes(desc) > room {
		// Cutting the highlight could split a **pair** or an escape: quote the plain text instead.
		desc = "> " + index.EscapeMarkdown(truncate(p.Text, room-20))
		if runes(desc) > room {
			desc = truncate(desc, room)
		}
	}
	e.Description = desc
	return e
}

// footer cites a passage: "Report title · Heading, sentences 1–2".
func footer(p index.Passage) string {
	f := p.ReportTitle + " · " + p.Heading
	if l := SentenceLabel(p.Sentences); l != "" {
		f += ", " + l
	}
	return f
}

// sectionEmbeds shows a whole section: the heading as the first embed's title, the text split at
// spaces across embeds of at most 4096 characters, the citation in the last footer. A section too
// long for one message (6000 characters over all embeds) is cut and the footer says so.
func sectionEmbeds(p index.Passage) []*discordgo.MessageEmbed {
	title := truncate(p.Heading, limitTitle)
	ft := truncate(footer(p), 300)
	budget := limitEmbedsTotal - runes(title) - runes(ft) - 80 // 80: the "cut" note
	plain := p.Text
	desc := index.EscapeMarkdown(plain)
	for runes(desc) > budget { // escaping lengthens the text: shrink in proportion
		n := min(runes(plain)*budget/runes(desc), runes(plain)-1)
		plain = truncate(plain, n)
		desc = index.EscapeMarkdown(plain)
	}
	if left := runes(p.Text) - runes(plain); left > 0 {
		ft += fmt.Sprintf(" · cut: %d more characters (too long for one Discord message)", left+1)
	}
	out := []*discordgo.MessageEmbed{}
	for len(out) == 0 || desc != "" {
		chunk := desc
		if runes(chunk) > limitDescription {
			chunk = string([]rune(chunk)[:limitDescription])
			if k := strings.LastIndex(chunk, " "); k > len(chunk)/2 {
				chunk = chunk[:k]
			}
		}
		desc = strings.TrimSpace(desc[len(chunk):])
		out = append(out, &discordgo.MessageEmbed{Color: colourSection, Description: chunk})
	}
	out[0].Title = title
	out[len(out)-1].Footer = &discordgo.MessageEmbedFooter{Text: ft}
	return out
}

func embedSize(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	return n
}

// fullSectionButton is the "Full section" button of a passage, or nil when its custom ID would be
// too long (Discord: 100 characters).
func fullSectionButton(p index.Passage) discordgo.MessageComponent {
	id := fullSectionPrefix + strconv.Itoa(p.Section) + ":" + headingKey(p.Heading) + ":" + p.Report
	if len(id) > limitCustomID {
		return nil
	}
	return discordgo.Button{Label: truncate("Full section: "+p.Heading, limitButtonLabel), Style: discordgo.SecondaryButton, CustomID: id}
}

// fullSection names the section a "Full section" button points at.
type fullSection struct {
	report  string
	section int
	key     string // headingKey of the heading when the button was made; "" on older buttons
}

// parseFullSection reads a "Full section" custom ID.
func parseFullSection(id string) (fullSection, bool) {
	rest, ok := strings.CutPrefix(id, fullSectionPrefix)
	if !ok {
		return fullSection{}, false
	}
	parts := strings.SplitN(rest, ":", 3)
	if len(parts) == 3 && len(parts[1]) != 8 { // a report ID with a colon, in the older format
		parts = []string{parts[0], "", parts[1] + ":" + parts[2]}
	}
	if len(parts) == 2 { // buttons made before the heading key: "full:<section>:<report>"
		parts = []string{parts[0], "", parts[1]}
	}
	if len(parts) != 3 || parts[2] == "" {
		return fullSection{}, false
	}
	n, err := strconv.Atoi(parts[0])
	if err != nil || n < 0 {
		return fullSection{}, false
	}
	return fullSection{report: parts[2], section: n, key: parts[1]}, true
}

// Permission bits checked for /reindex: Manage Server, and Administrator (which implies every
// permission).
const (
	permManageGuild   int64 = discordgo.PermissionManageGuild
	permAdministrator int64 = discordgo.PermissionAdministrator
)

// applicationCommands turns the command table into Discord's command definitions for one bulk
// overwrite.
func applicationCommands() []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range commands {
		ac := &discordgo.ApplicationCommand{Name: c.Name, Description: c.Description, Type: discordgo.ChatApplicationCommand}
		if c.Admin {
			perm := permManageGuild
			ac.DefaultMemberPermissions = &perm
			guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild} // not in DMs
			ac.Contexts = &guildOnly
		}
		for _, o := range c.Options {
			opt := &discordgo.ApplicationCommandOption{Name: o.Name, Description: o.Description, Required: o.Required,
				Type: discordgo.ApplicationCommandOptionString, Autocomplete: o.Suggest != SuggestNone}
			if o.Kind == OptionBool {
				opt.Type = discordgo.ApplicationCommandOptionBoolean
			} else if o.MaxLength > 0 {
				opt.MaxLength = o.MaxLength
			}
			ac.Options = append(ac.Options, opt)
		}
		out = append(out, ac)
	}
	return out
}

// suggest lists autocomplete choices for a source and what the user typed so far: entries that
// start with it first, then those with a word that starts with it, then those that contain it (case-insensitive), at most 25, or the first
// entries when nothing matches (discordgo drops an empty choices list: NOTES-discord.md).
func (b *Bot) suggest(source, typed string) []*discordgo.ApplicationCommandOptionChoice {
	var all []string
	switch source {
	case SuggestNames:
		all = b.index.Entities().People
	case SuggestParties:
		all = b.index.Entities().Others
	case SuggestHeadings:
		for _, h := range b.index.Headings() {
			all = append(all, h.Heading)
		}
	}
	typed = strings.ToLower(strings.TrimSpace(typed))
	var prefix, wordPrefix, contains []string
	for _, s := range all {
		l := strings.ToLower(s)
		switch {
		case strings.HasPrefix(l, typed):
			prefix = append(prefix, s)
		case strings.Contains(l, " "+typed):
			wordPrefix = append(wordPrefix, s)
		case strings.Contains(l, typed):
			contains = append(contains, s)
		}
	}
	picked := append(append(prefix, wordPrefix...), contains...)
	if len(picked) == 0 {
		picked = all
	}
	out := []*discordgo.ApplicationCommandOptionChoice{}
	seen := map[string]bool{}
	for _, s := range picked {
		v := truncate(s, limitChoiceText)
		if len(out) == limitChoices || seen[v] {
			continue
		}
		seen[v] = true
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
	}
	return out
}
