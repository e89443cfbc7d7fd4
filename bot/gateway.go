package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
	"golang.org/x/time/rate"
)

// GatewayConfig configures the gateway transport. Token is required; everything else has a
// default.
type GatewayConfig struct {
	Token    string   // bot token, without the "Bot " prefix; never logged
	GuildID  string   // register commands in this guild only (instant updates); "" registers globally
	AdminIDs []string // user IDs allowed to /reindex besides members with Manage Server
	Register bool     // bulk-overwrite the command set after Ready
	// APIURL replaces https://discord.com for REST calls (a REST proxy); scheme and host are
	// rewritten, the path is kept.
	APIURL string
	// GatewayURL replaces the gateway URL that Discord's GET /gateway returns (a gateway proxy).
	GatewayURL string
	ShardID    int // this process's shard (0-based)
	ShardCount int // total shards; 0 or 1 means no sharding
	Logger     *slog.Logger
	// HTTPClient sends REST calls (default: a client with a 10 s timeout honouring APIURL).
	HTTPClient *http.Client
	// Hooks observe interactions (metrics); nil fields are skipped.
	Hooks Hooks
	// OnReady runs once the first Ready event arrived (readiness).
	OnReady func()

	handle func(context.Context, Invocation) (Reply, error) // replaces Bot.Handle in tests
}

// Hooks observe the bot's work for metrics. Every field is optional.
type Hooks struct {
	// Interaction is called once per handled interaction: the command (or "autocomplete",
	// "button"), the outcome ("answered", "refused", "error", "ignored"), and the time from
	// receipt to the response being sent.
	Interaction func(command, outcome string, took time.Duration)
}

// Tunables of the dispatcher.
const (
	// deferAfter is how long a command may run before the bot defers and edits later: well inside
	// Discord's 3-second window for the first response.
	deferAfter = 1500 * time.Millisecond
	// respondTimeout bounds one interaction callback; with no retry on a 429 (NOTES-discord.md).
	respondTimeout = 2500 * time.Millisecond
	// handleTimeout bounds one handler run (a refresh of a large corpus included); the
	// interaction token itself lasts 15 minutes.
	handleTimeout = 10 * time.Minute
	// editTimeout bounds one edit of a deferred response (the token lasts 15 minutes).
	editTimeout = 10 * time.Second
	// maxInFlight bounds concurrent interactions; more get an ephemeral "busy" reply.
	maxInFlight = 64
	// userRate and userBurst: each user may ask userBurst questions at once, refilled one every
	// userRate (5 per 10 s).
	userRate  = 2 * time.Second
	userBurst = 5
	// drainTimeout bounds the wait for in-flight interactions at shutdown.
	drainTimeout = 10 * time.Second
)

// ErrTokenRejected is returned by RunGateway when Discord closes the gateway with 4004
// (authentication failed): retrying cannot help.
var ErrTokenRejected = errors.New("bot: Discord rejected the bot token (gateway close 4004): check DISCORD_TOKEN")

// dispatcher turns Discord interactions into Invocations and Replies into Discord responses. It
// is shared by the gateway and (with another responder) the HTTP endpoint.
type dispatcher struct {
	bot      *Bot
	log      *slog.Logger
	adminIDs []string
	hooks    Hooks
	handle   func(context.Context, Invocation) (Reply, error) // Bot.Handle; replaced in tests

	sem      chan struct{}
	flightMu sync.Mutex     // orders enter against drain, so no Add follows the Wait
	inflight sync.WaitGroup // interactions being handled, deferred work included
	draining bool           // guarded by flightMu

	mu       sync.Mutex
	limiters map[string]*userLimiter
	swept    time.Time
}

type userLimiter struct {
	lim  *rate.Limiter
	seen time.Time
}

func newDispatcher(b *Bot, log *slog.Logger, adminIDs []string, hooks Hooks) *dispatcher {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &dispatcher{bot: b, log: log, adminIDs: adminIDs, hooks: hooks, handle: b.Handle,
		sem: make(chan struct{}, maxInFlight), limiters: map[string]*userLimiter{}}
}

// enter counts an interaction in flight, unless the dispatcher is draining.
func (d *dispatcher) enter() bool {
	d.flightMu.Lock()
	defer d.flightMu.Unlock()
	if d.draining {
		return false
	}
	d.inflight.Add(1)
	return true
}

// drain stops taking interactions and waits, until ctx ends, for those in flight.
func (d *dispatcher) drain(ctx context.Context) error {
	d.flightMu.Lock()
	d.draining = true
	d.flightMu.Unlock()
	done := make(chan struct{})
	go func() { d.inflight.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// allow applies the per-user rate limit.
func (d *dispatcher) allow(user string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := time.Now()
	if now.Sub(d.swept) > time.Minute { // forget users idle for a minute: their bucket is full again
		for id, l := range d.limiters {
			if now.Sub(l.seen) > time.Minute {
				delete(d.limiters, id)
			}
		}
		d.swept = now
	}
	l := d.limiters[user]
	if l == nil {
		l = &userLimiter{lim: rate.NewLimiter(rate.Every(userRate), userBurst)}
		d.limiters[user] = l
	}
	l.seen = now
	return l.lim.Allow()
}

// isAdmin: Administrator or Manage Server in the member's permissions in this channel (Discord
// computes Member.Permissions for interactions), or a listed user ID.
func (d *dispatcher) isAdmin(i *discordgo.Interaction) bool {
	if slices.Contains(d.adminIDs, userOf(i).ID) {
		return true
	}
	return i.Member != nil && i.Member.Permissions&(permManageGuild|permAdministrator) != 0
}

// userOf is the invoking user: Member.User in a guild, User in a DM; never nil.
func userOf(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	if i.User != nil {
		return i.User
	}
	return &discordgo.User{}
}

// responder sends interaction responses: over REST for the gateway, in the HTTP response body for
// the HTTP endpoint.
type responder interface {
	// respond sends the first response.
	respond(i *discordgo.Interaction, resp any) error
	// edit replaces the original response (after a deferral).
	edit(i *discordgo.Interaction, data *discordgo.InteractionResponseData) error
}

// dispatch handles one interaction end to end. It never panics: a panic in a handler is logged
// with its stack and the user gets an ephemeral apology.
func (d *dispatcher) dispatch(ctx context.Context, rs responder, i *discordgo.Interaction) {
	if i == nil || i.ID == "" || i.Token == "" || i.Type == 0 {
		return // zeroed interaction: discordgo could not decode it (NOTES-discord.md)
	}
	start := time.Now()
	command, outcome := interactionName(i), "ignored"
	var responded atomic.Bool
	var hits int
	var handleErr error
	if !d.enter() {
		if i.Type == discordgo.InteractionApplicationCommand || i.Type == discordgo.InteractionMessageComponent {
			d.report(i, rs.respond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: "summitbot is restarting; please ask again in a moment.",
					Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}}))
		}
		return
	}
	defer d.inflight.Done()
	defer func() {
		if p := recover(); p != nil {
			outcome = "error"
			stack := debug.Stack()
			if hp, ok := p.(handlerPanic); ok {
				p, stack = hp.value, hp.stack
			}
			handleErr = fmt.Errorf("panic: %v", p)
			d.log.Error("panic in interaction", "command", command, "interaction", i.ID, "panic", p, "stack", string(stack))
			apology := &discordgo.InteractionResponseData{Content: "Sorry, something went wrong while answering. The error has been logged.",
				Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}
			if responded.Load() {
				d.report(i, rs.edit(i, apology))
			} else {
				d.report(i, rs.respond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: apology}))
			}
		}
		took := time.Since(start)
		if d.hooks.Interaction != nil && outcome != "ignored" {
			d.hooks.Interaction(command, outcome, took)
		}
		user := userOf(i)
		attrs := []any{"command", command, "user", user.ID, "guild", i.GuildID, "took", took, "hits", hits, "outcome", outcome}
		if handleErr != nil {
			attrs = append(attrs, "err", handleErr)
		}
		d.log.Info("interaction", attrs...)
	}()
	send := func(resp any) {
		responded.Store(true)
		d.report(i, rs.respond(i, resp))
	}
	ephemeral := func(msg string) {
		send(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: msg, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}})
	}

	switch i.Type {
	case discordgo.InteractionPing:
		return
	case discordgo.InteractionApplicationCommandAutocomplete:
		outcome = "answered"
		choices := d.autocomplete(i)
		if len(choices) == 0 {
			// discordgo omits an empty choices list, which Discord rejects; say "none" explicitly.
			responded.Store(true)
			d.report(i, rs.respond(i, noChoices))
			return
		}
		send(&discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices}})
		return
	case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent:
	default:
		return
	}
	select {
	case d.sem <- struct{}{}:
		defer func() { <-d.sem }()
	default:
		outcome = "refused"
		ephemeral("summitbot is busy right now; please ask again in a few seconds.")
		return
	}
	if !d.allow(userOf(i).ID) {
		outcome = "refused"
		ephemeral("You are asking faster than I can answer well: please wait a few seconds.")
		return
	}

	var run func(context.Context) (Reply, error)
	var progress *progressEditor
	slow := false
	if i.Type == discordgo.InteractionMessageComponent {
		command = "button"
		fs, ok := parseFullSection(i.MessageComponentData().CustomID)
		if !ok { // a button this version does not know: answer rather than let it fail
			fs = fullSection{report: "", section: -1}
		}
		run = func(context.Context) (Reply, error) { return d.bot.FullSection(fs.report, fs.section, fs.key), nil }
	} else {
		in := d.invocation(i)
		slow = in.Command == "reindex" && in.Admin
		if slow {
			d.log.Info("refresh requested", "user", in.UserID, "guild", i.GuildID, "interaction", i.ID)
			progress = newProgressEditor(rs, i, progressEvery)
			defer progress.finish()
			in.Progress = progress.update
		}
		run = func(ctx context.Context) (Reply, error) { return d.handle(ctx, in) }
	}

	// In-flight work finishes even when shutdown cancels ctx; handleTimeout bounds it instead.
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
	defer cancel()
	reply, err, deferred := d.runWithDeferral(hctx, rs, i, run, slow, &responded)
	handleErr = err
	if err != nil {
		outcome = "error"
		d.log.Error("handling interaction", "command", command, "interaction", i.ID, "err", err)
		reply = UserError(err)
	} else if reply.Answered {
		outcome = "answered"
	} else {
		outcome = "refused"
	}
	hits = len(reply.Passages)
	data := renderDiscord(reply)
	if deferred {
		progress.finish() // no progress edit may land after the answer
		d.report(i, rs.edit(i, data))
		return
	}
	send(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data})
}

// runWithDeferral runs a handler. Slow work (slow, or running past deferAfter) is deferred first:
// a type-5 response, ephemeral if the reply will be, so the 3-second window is kept; the caller then
// edits the original response.
func (d *dispatcher) runWithDeferral(ctx context.Context, rs responder, i *discordgo.Interaction,
	run func(context.Context) (Reply, error), slow bool, responded *atomic.Bool) (Reply, error, bool) {
	type result struct {
		r   Reply
		err error
	}
	done := make(chan result, 1)
	var panicked handlerPanic
	go func() {
		defer func() {
			if p := recover(); p != nil {
				panicked = handlerPanic{p, debug.Stack()}
				close(done)
			}
		}()
		r, err := run(ctx)
		done <- result{r, err}
	}()
	wait := deferAfter
	if slow {
		wait = 0
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case res, ok := <-done:
		if !ok {
			panic(panicked)
		}
		return res.r, res.err, false
	case <-timer.C:
	}
	flags := discordgo.MessageFlags(0)
	if slow || i.Type == discordgo.InteractionMessageComponent || hideRequested(i) {
		flags = discordgo.MessageFlagsEphemeral
	}
	responded.Store(true)
	d.report(i, rs.respond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags}}))
	res, ok := <-done
	if !ok {
		panic(panicked)
	}
	return res.r, res.err, true
}

// progressEvery is the least time between two progress edits of a deferred reply.
const progressEvery = 2 * time.Second

// progressEditor edits a deferred reply with the progress of slow work. update never blocks the
// work: one goroutine sends the latest figures, at most once per interval.
type progressEditor struct {
	rs       responder
	i        *discordgo.Interaction
	every    time.Duration
	mu       sync.Mutex
	done     int
	total    int
	wake     chan struct{}
	stop     chan struct{}
	finished chan struct{}
	once     sync.Once
}

func newProgressEditor(rs responder, i *discordgo.Interaction, every time.Duration) *progressEditor {
	p := &progressEditor{rs: rs, i: i, every: every, wake: make(chan struct{}, 1),
		stop: make(chan struct{}), finished: make(chan struct{})}
	go p.loop()
	return p
}

// update records progress; it is safe to call from any goroutine and returns at once.
func (p *progressEditor) update(done, total int) {
	p.mu.Lock()
	p.done, p.total = done, total
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

func (p *progressEditor) loop() {
	defer close(p.finished)
	var last time.Time
	for {
		select {
		case <-p.stop:
			return
		case <-p.wake:
		}
		if wait := p.every - time.Since(last); wait > 0 {
			select {
			case <-p.stop:
				return
			case <-time.After(wait):
			}
		}
		p.mu.Lock()
		done, total := p.done, p.total
		p.mu.Unlock()
		if total == 0 || done >= total {
			continue
		}
		last = time.Now()
		msg := fmt.Sprintf("Rebuilding the index: %d of %d passages (%d%%)… Answers keep coming from the current index meanwhile.",
			done, total, done*100/total)
		p.rs.edit(p.i, &discordgo.InteractionResponseData{Content: msg, AllowedMentions: noMentions()})
	}
}

// finish stops progress edits and waits until none is in flight. Safe to call more than once,
// and on a nil editor.
func (p *progressEditor) finish() {
	if p == nil {
		return
	}
	p.once.Do(func() { close(p.stop) })
	<-p.finished
}

// noChoices answers an autocomplete with an explicitly empty list of choices.
var noChoices = json.RawMessage(`{"type":8,"data":{"choices":[]}}`)

// handlerPanic carries a handler goroutine's panic, with its stack, to the dispatcher's recover.
type handlerPanic struct {
	value any
	stack []byte
}

// hideRequested reports whether a command asked for an ephemeral reply (hide:true).
func hideRequested(i *discordgo.Interaction) bool {
	if i.Type != discordgo.InteractionApplicationCommand {
		return false
	}
	for _, o := range i.ApplicationCommandData().Options {
		if o.Name == "hide" && o.Type == discordgo.ApplicationCommandOptionBoolean {
			v, _ := o.Value.(bool)
			return v
		}
	}
	return false
}

// interactionName names an interaction for logs and metrics.
func interactionName(i *discordgo.Interaction) string {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		return i.ApplicationCommandData().Name
	case discordgo.InteractionApplicationCommandAutocomplete:
		return "autocomplete"
	case discordgo.InteractionMessageComponent:
		return "button"
	case discordgo.InteractionPing:
		return "ping"
	}
	return "unknown"
}

// invocation reads a slash command's options. Values keep their text; booleans become "true" or
// "false".
func (d *dispatcher) invocation(i *discordgo.Interaction) Invocation {
	data := i.ApplicationCommandData()
	in := Invocation{Command: data.Name, Options: map[string]string{}, UserID: userOf(i).ID, Admin: d.isAdmin(i)}
	for _, o := range data.Options {
		switch v := o.Value.(type) {
		case string:
			in.Options[o.Name] = v
		case bool:
			in.Options[o.Name] = strconv.FormatBool(v)
		case float64:
			in.Options[o.Name] = strconv.FormatFloat(v, 'f', -1, 64)
		}
	}
	return in
}

// autocomplete answers the focused option of a command.
func (d *dispatcher) autocomplete(i *discordgo.Interaction) []*discordgo.ApplicationCommandOptionChoice {
	data := i.ApplicationCommandData()
	cmd, ok := Lookup(data.Name)
	if !ok {
		return []*discordgo.ApplicationCommandOptionChoice{}
	}
	for _, o := range data.Options {
		if !o.Focused {
			continue
		}
		typed, _ := o.Value.(string)
		for _, def := range cmd.Options {
			if def.Name == o.Name {
				return d.bot.suggest(def.Suggest, typed)
			}
		}
	}
	return []*discordgo.ApplicationCommandOptionChoice{}
}

// Terminal Discord errors: never retried (NOTES-discord.md).
const (
	codeUnknownInteraction = 10062 // expired, or another instance answered first
	codeAlreadyAcked       = 40060
	codeUnknownMessage     = 10008 // the user deleted the deferred reply
)

// report logs a failed response once, naming terminal Discord errors plainly.
func (d *dispatcher) report(i *discordgo.Interaction, err error) {
	if err == nil {
		return
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		switch re.Message.Code {
		case codeUnknownInteraction, codeAlreadyAcked, codeUnknownMessage:
			d.log.Warn("interaction response not delivered (not retried)", "interaction", i.ID, "code", re.Message.Code, "discord", re.Message.Message)
			return
		}
	}
	d.log.Error("interaction response failed", "interaction", i.ID, "err", redactErr(err))
}

// redactErr strips interaction tokens (they sit in webhook URLs) from an error's text.
func redactErr(err error) string {
	s := err.Error()
	for _, marker := range []string{"/webhooks/", "/interactions/"} {
		for k := strings.Index(s, marker); k >= 0; {
			end := k + len(marker)
			// keep the first path segment (an ID), hide the next (a token)
			if slash := strings.Index(s[end:], "/"); slash >= 0 {
				tokStart := end + slash + 1
				tokEnd := tokStart
				for tokEnd < len(s) && s[tokEnd] != '/' && s[tokEnd] != ' ' && s[tokEnd] != '"' {
					tokEnd++
				}
				s = s[:tokStart] + "[token]" + s[tokEnd:]
			}
			next := strings.Index(s[end:], marker)
			if next < 0 {
				break
			}
			k = end + next
		}
	}
	return s
}

// restResponder answers over Discord's REST API (gateway mode).
type restResponder struct{ s *discordgo.Session }

func (r restResponder) respond(i *discordgo.Interaction, resp any) error {
	ctx, cancel := context.WithTimeout(context.Background(), respondTimeout)
	defer cancel()
	opts := []discordgo.RequestOption{discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false)}
	if ir, ok := resp.(*discordgo.InteractionResponse); ok {
		return r.s.InteractionRespond(i, ir, opts...)
	}
	endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	_, err := r.s.RequestWithBucketID("POST", endpoint, resp, endpoint, opts...)
	return err
}

// edit PATCHes @original through a rate-limit bucket of its own: discordgo would put every edit
// of every interaction in one bucket and hold it for the whole call (NOTES-discord.md, upstream
// issue 1384).
func (r restResponder) edit(i *discordgo.Interaction, data *discordgo.InteractionResponseData) error {
	ctx, cancel := context.WithTimeout(context.Background(), editTimeout)
	defer cancel()
	endpoint := discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original")
	body := &discordgo.WebhookEdit{Content: &data.Content, Embeds: &data.Embeds, Components: &data.Components,
		AllowedMentions: data.AllowedMentions}
	_, err := r.s.RequestWithBucketID("PATCH", endpoint, body, endpoint, discordgo.WithContext(ctx))
	return err
}

// rewriteTransport sends discord.com REST calls to another base URL and answers GET /gateway
// locally when a gateway URL is configured.
type rewriteTransport struct {
	base    *url.URL
	gateway string
	next    http.RoundTripper
}

// RoundTrip sends req to the configured base URL, or answers GET /gateway itself.
func (t rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if t.gateway != "" && req.Method == http.MethodGet && (strings.HasSuffix(req.URL.Path, "/gateway") || strings.HasSuffix(req.URL.Path, "/gateway/bot")) {
		body := fmt.Sprintf(`{"url":%q,"shards":1,"session_start_limit":{"total":1000,"remaining":1000,"reset_after":0,"max_concurrency":1}}`, t.gateway)
		return &http.Response{StatusCode: http.StatusOK, Status: "200 OK", Header: http.Header{"Content-Type": {"application/json"}},
			Body: io.NopCloser(strings.NewReader(body)), ContentLength: int64(len(body)), Request: req, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1}, nil
	}
	if t.base != nil {
		req = req.Clone(req.Context())
		req.URL.Scheme, req.URL.Host = t.base.Scheme, t.base.Host
		req.Host = t.base.Host
	}
	return t.next.RoundTrip(req)
}

// httpClient builds the REST client for cfg.
func httpClient(cfg GatewayConfig) (*http.Client, error) {
	c := cfg.HTTPClient
	if c == nil {
		c = &http.Client{Timeout: 10 * time.Second}
	}
	if cfg.APIURL == "" && cfg.GatewayURL == "" {
		return c, nil
	}
	t := rewriteTransport{gateway: cfg.GatewayURL, next: c.Transport}
	if t.next == nil {
		t.next = http.DefaultTransport
	}
	if cfg.APIURL != "" {
		u, err := url.Parse(cfg.APIURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("bot: API URL %q: want http(s)://host[:port]", cfg.APIURL)
		}
		t.base = u
	}
	cc := *c
	cc.Transport = t
	return &cc, nil
}

// RunGateway connects to Discord's gateway, registers the commands (cfg.Register) and answers
// interactions until ctx is cancelled; then it stops taking interactions, waits for those in flight
// (up to 10 s), closes the session and returns nil. It returns ErrTokenRejected when Discord
// rejects the token, and other errors when the first connection fails.
func RunGateway(ctx context.Context, b *Bot, cfg GatewayConfig) error {
	if cfg.Token == "" {
		return errors.New("bot: no bot token")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	client, err := httpClient(cfg)
	if err != nil {
		return err
	}
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return fmt.Errorf("bot: %w", err)
	}
	s.Client = client
	s.UserAgent = "DiscordBot (https://github.com/summitbot/summitbot, " + b.version + ")"
	s.Identify.Intents = discordgo.IntentsNone // interactions need no intent
	s.ShouldReconnectOnError = true
	s.LogLevel = discordgo.LogError
	routeDiscordgoLog(log, cfg.Token)
	if cfg.ShardCount > 1 {
		s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	d := newDispatcher(b, log, cfg.AdminIDs, cfg.Hooks)
	if cfg.handle != nil {
		d.handle = cfg.handle
	}
	rs := restResponder{s}

	var readyOnce sync.Once
	s.AddHandler(func(s *discordgo.Session, r *discordgo.Ready) {
		log.Info("ready", "user", r.User.Username, "application", r.Application.ID, "shard", cfg.ShardID, "guilds", len(r.Guilds))
		readyOnce.Do(func() {
			if cfg.Register {
				go register(s, r.Application.ID, cfg.GuildID, log)
			}
			if cfg.OnReady != nil {
				cfg.OnReady()
			}
		})
	})
	s.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		d.dispatch(ctx, rs, ic.Interaction)
	})

	opened := make(chan error, 1)
	go func() { opened <- s.Open() }()
	select {
	case err := <-opened:
		if err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) && ce.Code == 4004 {
				return ErrTokenRejected
			}
			return fmt.Errorf("bot: connecting to the gateway: %w", err)
		}
	case <-ctx.Done():
		// Open cannot be interrupted; it returns when the connection fails or READY arrives.
		go func() {
			if <-opened == nil {
				s.Close()
			}
		}()
		return nil
	}
	<-ctx.Done()
	log.Info("shutting down: finishing interactions in flight")
	drainCtx, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	if err := d.drain(drainCtx); err != nil {
		log.Warn("shutdown: gave up waiting for interactions in flight")
	}
	if err := s.Close(); err != nil {
		log.Warn("closing the gateway session", "err", err)
	}
	return nil
}

// discordgoLog serialises replacing discordgo's package-level logger.
var discordgoLog sync.Mutex

// routeDiscordgoLog sends discordgo's own log lines (it prints with the standard log package by
// default) to log, at warning level for its errors, with the token masked just in case.
func routeDiscordgoLog(log *slog.Logger, token string) {
	discordgoLog.Lock()
	defer discordgoLog.Unlock()
	discordgo.Logger = func(level, _ int, format string, a ...any) {
		msg := fmt.Sprintf(format, a...)
		if token != "" {
			msg = strings.ReplaceAll(msg, token, "[token]")
		}
		lvl := slog.LevelDebug
		if level <= discordgo.LogError {
			lvl = slog.LevelWarn
		}
		log.Log(context.Background(), lvl, "discordgo", "msg", msg)
	}
}

// register bulk-overwrites the command set: one idempotent call that replaces whatever was
// registered before (Discord rate-limits command creation per day, so never create-and-delete).
func register(s *discordgo.Session, appID, guildID string, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, guildID, applicationCommands(), discordgo.WithContext(ctx))
	if err != nil {
		log.Error("registering commands", "err", redactErr(err))
		return
	}
	scope := "globally (may take up to an hour to appear)"
	if guildID != "" {
		scope = "in guild " + guildID
	}
	log.Info("registered commands "+scope, "count", len(cmds))
}
