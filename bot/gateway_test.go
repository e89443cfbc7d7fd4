package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/fakediscord"
)

const testToken = "test-token-0123456789abcdefghij"

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// gateway is a running bot connected to a fake Discord.
type gateway struct {
	srv    *fakediscord.Server
	bot    *Bot
	logs   *syncBuffer
	dir    string // corpus directory the bot loads from
	cancel context.CancelFunc
	done   chan error
}

// startGateway runs the real RunGateway against a fake Discord and waits for Ready. The corpus is
// a temporary directory holding a copy of the embedded report.
func startGateway(t testing.TB, adjust func(*GatewayConfig)) *gateway {
	t.Helper()
	srv := fakediscord.New(t)
	dir := t.TempDir()
	data, err := os.ReadFile("../corpus/reports/anchorage-summit-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "anchorage-summit-2025.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	b := botFrom(t, func() (*corpus.Corpus, []error, error) { return corpus.LoadDir(dir) })
	g := &gateway{srv: srv, bot: b, logs: &syncBuffer{}, dir: dir, done: make(chan error, 1)}
	ready := make(chan struct{})
	cfg := GatewayConfig{Token: testToken, GuildID: "42", APIURL: srv.URL(), Register: true, AdminIDs: []string{"777"},
		Logger: slog.New(slog.NewTextHandler(g.logs, nil)), OnReady: func() { close(ready) }}
	if adjust != nil {
		adjust(&cfg)
	}
	ctx, cancel := context.WithCancel(context.Background())
	g.cancel = cancel
	go func() { g.done <- RunGateway(ctx, g.bot, cfg) }()
	select {
	case <-ready:
	case err := <-g.done:
		t.Fatalf("RunGateway returned before Ready: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("no Ready within 10 s")
	}
	t.Cleanup(func() {
		g.stop(t)
		if strings.Contains(g.logs.String(), testToken) {
			t.Error("the bot token appeared in the log")
		}
	})
	return g
}

// stop cancels the bot and waits for RunGateway to return (once).
func (g *gateway) stop(t testing.TB) {
	if g.cancel == nil {
		return
	}
	g.cancel()
	g.cancel = nil
	select {
	case err := <-g.done:
		if err != nil {
			t.Errorf("RunGateway: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("RunGateway did not return after cancel")
	}
}

func ctxFor(t testing.TB, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

var nextID struct {
	sync.Mutex
	n int
}

func newID() string {
	nextID.Lock()
	defer nextID.Unlock()
	nextID.n++
	return strconv.Itoa(900000 + nextID.n)
}

// interaction builds an INTERACTION_CREATE payload in Discord's JSON shape. With perms < 0 it is a
// DM (no guild, no member).
func interaction(typ int, data map[string]any, user string, perms int64) map[string]any {
	id := newID()
	i := map[string]any{"id": id, "application_id": fakediscord.AppID, "type": typ, "token": "tok-" + id, "version": 1,
		"channel_id": fakediscord.ChannelID, "data": data}
	u := map[string]any{"id": user, "username": "user" + user}
	if perms < 0 {
		i["user"] = u
	} else {
		i["guild_id"] = "42"
		i["member"] = map[string]any{"user": u, "permissions": strconv.FormatInt(perms, 10), "roles": []string{}}
	}
	return i
}

func command(name string, opts ...map[string]any) map[string]any {
	if opts == nil {
		opts = []map[string]any{}
	}
	return map[string]any{"id": "c-" + name, "name": name, "type": 1, "options": opts}
}

func str(name, value string) map[string]any {
	return map[string]any{"name": name, "type": 3, "value": value}
}

// responseData is the part of an interaction response the tests read (discordgo's own type
// cannot decode components: MessageComponent is an interface).
type responseData struct {
	Content    string                                      `json:"content"`
	Embeds     []*discordgo.MessageEmbed                   `json:"embeds"`
	Flags      discordgo.MessageFlags                      `json:"flags"`
	Choices    []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	Components json.RawMessage                             `json:"components"`
}

// send dispatches an interaction and returns the callback the bot sent for it, decoded.
func (g *gateway) send(t *testing.T, i map[string]any) (fakediscord.Callback, responseData) {
	t.Helper()
	if err := g.srv.SendInteraction(i); err != nil {
		t.Fatal(err)
	}
	cb, err := g.srv.WaitCallback(ctxFor(t, 5*time.Second), i["id"].(string))
	if err != nil {
		t.Fatalf("no callback for %v: %v", i["data"], err)
	}
	var data responseData
	if len(cb.Data) > 0 {
		if err := json.Unmarshal(cb.Data, &data); err != nil {
			t.Fatal(err)
		}
	}
	return cb, data
}

func TestGateway(t *testing.T) {
	g := startGateway(t, nil)

	t.Run("identify", func(t *testing.T) {
		id, err := g.srv.WaitIdentify(ctxFor(t, time.Second))
		if err != nil {
			t.Fatal(err)
		}
		if id.Token != "Bot "+testToken || id.Intents != 0 {
			t.Errorf("identify: token ok=%v intents=%d, want no privileged intents", id.Token == "Bot "+testToken, id.Intents)
		}
	})

	t.Run("registered commands", func(t *testing.T) {
		raw, guild, err := g.srv.Commands(ctxFor(t, 5*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		if guild != "42" {
			t.Errorf("registered in guild %q, want 42", guild)
		}
		var cmds []discordgo.ApplicationCommand
		if err := json.Unmarshal(raw, &cmds); err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, c := range cmds {
			names = append(names, c.Name)
			if c.Name == "reindex" && (c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != discordgo.PermissionManageGuild) {
				t.Errorf("/reindex default permissions = %v, want Manage Server", c.DefaultMemberPermissions)
			}
			if c.Name == "who" && (len(c.Options) != 2 || !c.Options[0].Autocomplete || c.Options[1].Type != discordgo.ApplicationCommandOptionBoolean) {
				t.Errorf("/who options = %+v", c.Options)
			}
			if len(c.Description) == 0 || len(c.Description) > 100 {
				t.Errorf("/%s description of %d characters", c.Name, len(c.Description))
			}
		}
		if got := strings.Join(names, " "); got != "ask who outcome reactions sections section about reindex" {
			t.Errorf("commands = %s", got)
		}
	})

	t.Run("ask", func(t *testing.T) {
		cb, data := g.send(t, interaction(2, command("ask", str("question", "Who is Lavrov? <@123> @everyone")), "1", 0))
		if cb.Type != discordgo.InteractionResponseChannelMessageWithSource {
			t.Fatalf("callback type %d, want 4 (answered in the first response)", cb.Type)
		}
		if len(data.Embeds) == 0 {
			t.Fatalf("no embed: %s", cb.Raw)
		}
		e := data.Embeds[0]
		if e.Title != "Summit Delegations" || !strings.Contains(e.Description, "**Lavrov**") ||
			!strings.Contains(e.Footer.Text, "Trump–Putin Summit in Anchorage, 2025 · Summit Delegations, sentence 2") {
			t.Errorf("embed = %+v footer %+v", e, e.Footer)
		}
		if !strings.Contains(string(cb.Raw), `"allowed_mentions":{"parse":[],`) {
			t.Errorf("allowed mentions not empty: %s", cb.Raw)
		}
		if !strings.Contains(data.Content, `\<@123>`) || data.Flags&discordgo.MessageFlagsEphemeral != 0 {
			t.Errorf("content %q flags %d: want the question echoed escaped, public", data.Content, data.Flags)
		}
		if !strings.Contains(string(data.Components), `"custom_id":"full:6:`+headingKey("Summit Delegations")+`:anchorage-summit-2025"`) {
			t.Errorf("no Full section button: %s", cb.Raw)
		}
	})

	t.Run("hide", func(t *testing.T) {
		hide := map[string]any{"name": "hide", "type": 5, "value": true}
		_, data := g.send(t, interaction(2, command("outcome", hide), "2", 0))
		if data.Flags&discordgo.MessageFlagsEphemeral == 0 || len(data.Embeds) == 0 {
			t.Errorf("hide:true answer flags %d embeds %d", data.Flags, len(data.Embeds))
		}
	})

	t.Run("refusal", func(t *testing.T) {
		_, data := g.send(t, interaction(2, command("ask", str("question", "What did Macron say about the summit?")), "3", 0))
		if len(data.Embeds) != 0 || !strings.Contains(data.Content, "does not") || !strings.Contains(data.Content, "Nearest sections:") {
			t.Errorf("refusal = %q with %d embeds", data.Content, len(data.Embeds))
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		focused := map[string]any{"name": "name", "type": 3, "value": "lav", "focused": true}
		cb, data := g.send(t, interaction(4, command("who", focused), "4", 0))
		if cb.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(data.Choices) == 0 || data.Choices[0].Name != "Sergei Lavrov" {
			t.Errorf("autocomplete type %d choices %+v", cb.Type, data.Choices)
		}
		focused = map[string]any{"name": "heading", "type": 3, "value": "", "focused": true}
		_, data = g.send(t, interaction(4, command("section", focused), "4", 0))
		if len(data.Choices) != 7 {
			t.Errorf("heading choices = %d, want 7", len(data.Choices))
		}
	})

	t.Run("full section button", func(t *testing.T) {
		i := interaction(3, map[string]any{"custom_id": "full:6:" + headingKey("Summit Delegations") + ":anchorage-summit-2025", "component_type": 2}, "5", 0)
		i["message"] = map[string]any{"id": "m1", "channel_id": fakediscord.ChannelID, "content": "", "components": []any{}}
		_, data := g.send(t, i)
		if data.Flags&discordgo.MessageFlagsEphemeral == 0 || len(data.Embeds) == 0 || data.Embeds[0].Title != "Summit Delegations" ||
			!strings.Contains(data.Embeds[0].Description, "attached to the event.") {
			t.Errorf("button reply flags %d embeds %+v", data.Flags, data.Embeds)
		}
	})

	t.Run("DM", func(t *testing.T) {
		_, data := g.send(t, interaction(2, command("who", str("name", "Rubio")), "6", -1))
		if len(data.Embeds) == 0 || data.Embeds[0].Title != "Summit Delegations" {
			t.Errorf("DM answer: %+v", data)
		}
	})

	t.Run("reindex refused for a member", func(t *testing.T) {
		_, data := g.send(t, interaction(2, command("reindex"), "8", discordgo.PermissionSendMessages))
		if data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(data.Content, "Only server managers") {
			t.Errorf("member /reindex: %+v", data)
		}
	})

	t.Run("reindex applied for an admin during searches", func(t *testing.T) {
		extra := "---\ntitle: Follow-up\n---\nAftermath\nAnalysts debated the summit for weeks afterwards.\n"
		if err := os.WriteFile(filepath.Join(g.dir, "follow-up.txt"), []byte(extra), 0o644); err != nil {
			t.Fatal(err)
		}
		stop := make(chan struct{})
		var wg sync.WaitGroup
		var searchErrs []string
		var mu sync.Mutex
		wg.Add(1)
		go func() { // searches keep running while the index is swapped
			defer wg.Done()
			for k := 0; ; k++ {
				select {
				case <-stop:
					return
				default:
				}
				i := interaction(2, command("ask", str("question", "Was there a ceasefire?")), "s"+strconv.Itoa(k), 0)
				if err := g.srv.SendInteraction(i); err != nil {
					mu.Lock()
					searchErrs = append(searchErrs, err.Error())
					mu.Unlock()
					return
				}
				cb, err := g.srv.WaitCallback(ctxFor(t, 5*time.Second), i["id"].(string))
				if err != nil || !strings.Contains(string(cb.Raw), "No Ceasefire, Uncertainty for Ukraine") {
					mu.Lock()
					searchErrs = append(searchErrs, fmt.Sprintf("%v %s", err, cb.Raw))
					mu.Unlock()
				}
			}
		}()
		i := interaction(2, command("reindex"), "9", discordgo.PermissionManageGuild)
		cb, data := g.send(t, i)
		if cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || data.Flags&discordgo.MessageFlagsEphemeral == 0 {
			t.Errorf("/reindex first response type %d flags %d, want an ephemeral deferral", cb.Type, data.Flags)
		}
		edit, err := g.srv.WaitEdit(ctxFor(t, 5*time.Second), i["token"].(string))
		if err != nil {
			t.Fatal(err)
		}
		close(stop)
		wg.Wait()
		if !strings.Contains(string(edit.Raw), "Index refreshed") || !strings.Contains(string(edit.Raw), "Reports added (1): follow-up") {
			t.Errorf("reindex edit = %s", edit.Raw)
		}
		if len(searchErrs) > 0 {
			t.Errorf("searches during the swap failed: %v", searchErrs)
		}
		if st := g.bot.Index().Stats(); st.Reports != 2 {
			t.Errorf("live index has %d reports, want 2", st.Reports)
		}
		if !strings.Contains(g.logs.String(), "refresh requested\" user=9") {
			t.Errorf("refresh not logged with who asked:\n%s", g.logs.String())
		}
	})

	t.Run("reindex keeps the live index when a report is bad", func(t *testing.T) {
		if err := os.WriteFile(filepath.Join(g.dir, "broken.txt"), []byte("Heading\nText with a \x00 byte."), 0o644); err != nil {
			t.Fatal(err)
		}
		defer os.Remove(filepath.Join(g.dir, "broken.txt"))
		before := g.bot.Index().Stats()
		i := interaction(2, command("reindex"), "777", 0) // allowed through SUMMITBOT_ADMIN_IDS
		g.send(t, i)
		edit, err := g.srv.WaitEdit(ctxFor(t, 5*time.Second), i["token"].(string))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(edit.Raw), "NOT refreshed") || !strings.Contains(string(edit.Raw), "broken.txt:2: NUL byte") {
			t.Errorf("edit = %s", edit.Raw)
		}
		if after := g.bot.Index().Stats(); after != before {
			t.Errorf("live index changed: %+v → %+v", before, after)
		}
	})

	t.Run("zeroed interaction is ignored", func(t *testing.T) {
		before := g.srv.Calls("POST /api/v9/interactions")
		if err := g.srv.Dispatch("INTERACTION_CREATE", map[string]any{"id": "", "type": 0, "token": ""}); err != nil {
			t.Fatal(err)
		}
		// A later interaction is answered, and the zeroed one got no callback.
		g.send(t, interaction(2, command("about"), "10", 0))
		if got := g.srv.Calls("POST /api/v9/interactions"); got != before+1 {
			t.Errorf("callbacks %d → %d, want one (the /about)", before, got)
		}
	})

	t.Run("10062 is logged once and never retried", func(t *testing.T) {
		i := interaction(2, command("about"), "11", 0)
		id := i["id"].(string)
		g.srv.FailCallback(id, 404, 10062, "Unknown interaction")
		if err := g.srv.SendInteraction(i); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(5 * time.Second)
		for !strings.Contains(g.logs.String(), "code=10062") && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond)
		if n := g.srv.Calls("POST /api/v9/interactions/" + id); n != 1 {
			t.Errorf("callback tried %d times, want 1", n)
		}
		if n := strings.Count(g.logs.String(), "code=10062"); n != 1 {
			t.Errorf("10062 logged %d times, want 1", n)
		}
	})

	t.Run("20 concurrent interactions", func(t *testing.T) {
		questions := []string{"Was there a ceasefire?", "Who is Lavrov?", "Did Putin invite Trump to Moscow?", "Were there drone attacks?"}
		want := []string{"No Ceasefire, Uncertainty for Ukraine", "Summit Delegations", "Plans for Future Talks", "Ongoing Conflict on the Ground"}
		var wg sync.WaitGroup
		for k := 0; k < 20; k++ {
			wg.Add(1)
			go func(k int) {
				defer wg.Done()
				i := interaction(2, command("ask", str("question", questions[k%4])), "c"+strconv.Itoa(k), 0)
				if err := g.srv.SendInteraction(i); err != nil {
					t.Error(err)
					return
				}
				cb, err := g.srv.WaitCallback(ctxFor(t, 5*time.Second), i["id"].(string))
				if err != nil {
					t.Error(err)
					return
				}
				var data responseData
				json.Unmarshal(cb.Data, &data)
				if len(data.Embeds) == 0 || data.Embeds[0].Title != want[k%4] {
					t.Errorf("%q: %s", questions[k%4], cb.Raw)
				}
			}(k)
		}
		wg.Wait()
	})

	t.Run("per-user rate limit", func(t *testing.T) {
		var limited int
		for k := 0; k < userBurst+3; k++ { // a few more than the burst: refills are slow (one per 2 s)
			_, data := g.send(t, interaction(2, command("ask", str("question", "Lavrov")), "rate", 0))
			if strings.Contains(data.Content, "faster than I can answer") {
				limited++
				if data.Flags&discordgo.MessageFlagsEphemeral == 0 {
					t.Error("rate-limit notice is not ephemeral")
				}
			}
		}
		if limited < 1 || limited > 3 {
			t.Errorf("%d of %d quick questions limited, want 1 to 3", limited, userBurst+3)
		}
	})

	if u := g.srv.Unexpected(); len(u) > 0 {
		t.Errorf("unexpected requests to Discord: %v", u)
	}
}

// TestGatewayPanicAndDeferral injects a panicking handler and a slow one.
func TestGatewayPanicAndDeferral(t *testing.T) {
	var g *gateway
	g = startGateway(t, func(c *GatewayConfig) {
		c.handle = func(ctx context.Context, in Invocation) (Reply, error) {
			switch in.Option("question") {
			case "panic":
				var m map[string]int
				//lint:ignore SA5000 a real runtime panic is the point
				m["boom"]++
			case "slow":
				time.Sleep(deferAfter + 200*time.Millisecond)
			}
			return g.bot.Handle(ctx, in)
		}
	})
	_, data := g.send(t, interaction(2, command("ask", str("question", "panic")), "p1", 0))
	if data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(data.Content, "Sorry") {
		t.Errorf("panic reply = %+v", data)
	}
	if logs := g.logs.String(); !strings.Contains(logs, "panic in interaction") || !strings.Contains(logs, "gateway_test.go") {
		t.Errorf("panic not logged with its stack:\n%s", logs)
	}
	// The bot still answers after the panic.
	if _, data := g.send(t, interaction(2, command("ask", str("question", "Lavrov")), "p2", 0)); len(data.Embeds) == 0 {
		t.Error("no answer after a panic")
	}
	i := interaction(2, command("ask", str("question", "slow")), "p3", 0)
	cb, _ := g.send(t, i)
	if cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("slow answer: callback type %d, want a deferral (5)", cb.Type)
	}
	edit, err := g.srv.WaitEdit(ctxFor(t, 5*time.Second), i["token"].(string))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(edit.Raw), `"allowed_mentions":{"parse":[],`) || !strings.Contains(edit.Content(), "does not cover") {
		t.Errorf("edit = %s", edit.Raw)
	}
}

// TestGatewayShutdownFinishesInFlight cancels the bot while an interaction is being handled: the
// answer still goes out, and RunGateway returns nil.
func TestGatewayShutdownFinishesInFlight(t *testing.T) {
	started := make(chan struct{})
	var once sync.Once
	var g *gateway
	g = startGateway(t, func(c *GatewayConfig) {
		c.handle = func(ctx context.Context, in Invocation) (Reply, error) {
			once.Do(func() { close(started) })
			time.Sleep(300 * time.Millisecond)
			return g.bot.Handle(ctx, in)
		}
	})
	i := interaction(2, command("ask", str("question", "Lavrov")), "sd", 0)
	if err := g.srv.SendInteraction(i); err != nil {
		t.Fatal(err)
	}
	<-started
	g.stop(t)
	cb, err := g.srv.WaitCallback(ctxFor(t, time.Second), i["id"].(string))
	if err != nil || !strings.Contains(string(cb.Raw), "Summit Delegations") {
		t.Errorf("in-flight answer lost at shutdown: %v %s", err, cb.Raw)
	}
}

func TestGatewayRejectedToken(t *testing.T) {
	srv := fakediscord.New(t)
	srv.RejectToken(testToken)
	b := newBot(t)
	logs := &syncBuffer{}
	ctx := ctxFor(t, 10*time.Second)
	err := RunGateway(ctx, b, GatewayConfig{Token: testToken, APIURL: srv.URL(), Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if !errors.Is(err, ErrTokenRejected) {
		t.Fatalf("err = %v, want ErrTokenRejected", err)
	}
	if strings.Contains(err.Error()+logs.String(), testToken) {
		t.Error("token leaked into the error or log")
	}
}

// TestGatewayURLOverride points the bot at a gateway through DISCORD_GATEWAY_URL, with REST sent
// through DISCORD_API_URL.
func TestGatewayURLOverride(t *testing.T) {
	srv := fakediscord.New(t)
	b := newBot(t)
	ready := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- RunGateway(ctx, b, GatewayConfig{Token: testToken, APIURL: srv.URL(), GatewayURL: srv.GatewayURL(),
			OnReady: func() { close(ready) }})
	}()
	select {
	case <-ready:
	case <-time.After(10 * time.Second):
		t.Fatal("no Ready through the gateway URL override")
	}
	if n := srv.Calls("GET /api/v9/gateway"); n != 0 {
		t.Errorf("GET /gateway called %d times despite the override", n)
	}
	cancel()
	if err := <-done; err != nil {
		t.Error(err)
	}
}

func TestRedactErr(t *testing.T) {
	err := errors.New(`HTTP 404 Not Found, PATCH https://discord.com/api/v9/webhooks/123/secret-token/messages/@original`)
	if got := redactErr(err); strings.Contains(got, "secret-token") || !strings.Contains(got, "/webhooks/123/[token]/messages") {
		t.Errorf("redactErr = %q", got)
	}
	err = errors.New(`POST https://discord.com/api/v9/interactions/555/tok-abc/callback`)
	if got := redactErr(err); strings.Contains(got, "tok-abc") {
		t.Errorf("redactErr = %q", got)
	}
}

// BenchmarkInteraction measures interaction received (the fake Discord writes INTERACTION_CREATE
// to the gateway) to callback sent (the fake receives the POST), for /ask with the evaluation
// questions, and reports p50 and p99 (target: p99 under 5 ms).
func BenchmarkInteraction(b *testing.B) {
	g := startGateway(b, func(c *GatewayConfig) { c.Register = false })
	qs := []string{"Was there a ceasefire?", "Who is Lavrov?", "Did Putin invite Trump to Moscow?", "What is the price of Bitcoin?"}
	var lat []time.Duration
	k := 0
	for b.Loop() {
		i := interaction(2, command("ask", str("question", qs[k%len(qs)])), "b"+strconv.Itoa(k), 0)
		start := time.Now()
		if err := g.srv.SendInteraction(i); err != nil {
			b.Fatal(err)
		}
		if _, err := g.srv.WaitCallback(ctxFor(b, 5*time.Second), i["id"].(string)); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		k++
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}
