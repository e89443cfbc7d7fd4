// Package bot owns the conversation: the command table (each slash command's definition beside
// its handler), answering, the transport-neutral Reply and its renderings (terminal text, JSON,
// Discord), the evaluation runner, and the Discord transports.
//
// Handlers return a Reply and never call Discord; one dispatcher per transport sends it. discordgo
// is imported only in this package's Discord files and no discordgo type crosses its API.
package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// DefaultTopic is what summitbot is about unless SUMMITBOT_TOPIC says otherwise: reports that use
// these words rank first among equally good matches (index.Options.Topic), so follow-up coverage
// of the summit outranks unrelated reports in a large corpus.
const DefaultTopic = "Trump Putin summit Anchorage"

// Loader loads the corpus for a refresh: the corpus, one error per bad file (a *corpus.FileError),
// and an error when nothing could be loaded. corpus.LoadDir and corpus.Load fit.
type Loader func() (*corpus.Corpus, []error, error)

// Bot answers commands from the live index. It is safe for concurrent use.
type Bot struct {
	index   *index.Index
	load    Loader
	version string

	refreshing sync.Mutex // one /reindex at a time
	onRefresh  atomic.Pointer[func(RefreshReport)]
}

// OnRefresh registers f to be called after every refresh that ran (applied or kept the live index
// because a report was bad), for metrics. A later call replaces f.
func (b *Bot) OnRefresh(f func(RefreshReport)) { b.onRefresh.Store(&f) }

// New returns a Bot over ix. load reloads the corpus for /reindex (nil disables it); version is
// shown by /about.
func New(ix *index.Index, load Loader, version string) *Bot {
	return &Bot{index: ix, load: load, version: version}
}

// Invocation is one command as a transport received it.
type Invocation struct {
	Command string            // command name without the slash: "ask", "who", …
	Options map[string]string // option name → value as typed ("question", "name", "hide", …)
	UserID  string            // who asked ("" on the command line)
	Admin   bool              // the caller may run admin commands (/reindex)
	Explain bool              // fill Reply.Explain (command line only)
	// Progress, if set, receives progress of slow work (/reindex): passages indexed so far and
	// the total. Transports use it to update a deferred reply.
	Progress func(done, total int)
}

// Option returns an option's value trimmed, or "".
func (in Invocation) Option(name string) string { return strings.TrimSpace(in.Options[name]) }

// Kind says what a Reply holds, so renderers can lay it out.
type Kind int

// Reply kinds.
const (
	KindAnswer  Kind = iota // passages from a search, or a refusal
	KindList                // a list of headings (/sections)
	KindSection             // one whole section (/section, the "Full section" button)
	KindInfo                // a short message (/about, /reindex, errors)
)

// Reply is a transport-neutral answer. Renderers turn it into terminal text, JSON or Discord
// embeds; none of them decide content.
type Reply struct {
	Kind      Kind
	Command   string
	Query     string // the user's text the reply answers ("" for commands without one)
	Answered  bool   // false: refused or failed; Reason says why
	Reason    string // a plain sentence for the user
	Nearest   []string
	Passages  []index.Passage
	Readings  []index.Reading
	Dated     string   // index.Result.Dated: the report's date, for "when was the summit?"
	Note      string   // index.Result.Note: what the passages leave out, shown before them
	Title     string   // KindInfo and KindList: a title
	Lines     []string // KindInfo and KindList: plain lines
	Ephemeral bool     // only the caller sees it (Discord)
	Explain   *index.Explanation
	Took      time.Duration // search time
}

// ErrUnknownCommand is returned by Handle for a command not in the table.
var ErrUnknownCommand = errors.New("bot: unknown command")

// Handle runs one command and returns its reply. The error is non-nil only for an unknown command
// or an internal failure (the index closed, bleve failing); user text never causes one. Callers
// show errors through UserError, never raw.
func (b *Bot) Handle(ctx context.Context, in Invocation) (Reply, error) {
	cmd, ok := Lookup(in.Command)
	if !ok {
		return Reply{}, fmt.Errorf("%w %q", ErrUnknownCommand, in.Command)
	}
	if cmd.Admin && !in.Admin {
		return Reply{Kind: KindInfo, Command: cmd.Name, Ephemeral: true,
			Reason: "Only server managers can refresh the index."}, nil
	}
	r, err := cmd.run(ctx, b, cmd, in)
	r.Command = cmd.Name
	if in.Option("hide") == "true" {
		r.Ephemeral = true
	}
	return r, err
}

// UserError is the one place that decides what an internal error shows to a user: a polite
// sentence, never the error text.
func UserError(err error) Reply {
	msg := "Sorry, something went wrong while answering. Please try again in a moment."
	if errors.Is(err, ErrUnknownCommand) {
		msg = "I don't know that command. Try /ask, /who, /outcome, /reactions, /sections, /section or /about."
	}
	return Reply{Kind: KindInfo, Reason: msg, Ephemeral: true}
}

// Index is the live index the bot answers from.
func (b *Bot) Index() *index.Index { return b.index }
