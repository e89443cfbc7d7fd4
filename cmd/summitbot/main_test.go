package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/summitbot/summitbot/internal/fakediscord"
)

// env builds a getenv from pairs.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// runCmd runs the program in a temporary working directory (so no .env is read) and returns its
// output.
func runCmd(t *testing.T, getenv func(string) string, stdin string, args ...string) (string, string, error) {
	t.Helper()
	t.Chdir(t.TempDir())
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestAsk(t *testing.T) {
	out, _, err := runCmd(t, env(), "", "ask", "Who was in Trump's delegation?")
	if err != nil || !strings.Contains(out, "Summit Delegations — Trump–Putin Summit in Anchorage, 2025") || !strings.Contains(out, "**") {
		t.Errorf("ask: %v\n%s", err, out)
	}
	out, _, err = runCmd(t, env(), "", "ask", "-json", "-command", "who", "Lavrov")
	var r struct {
		Command  string
		Answered bool
		Passages []struct{ Heading string }
	}
	if err != nil || json.Unmarshal([]byte(out), &r) != nil || r.Command != "who" || !r.Answered || r.Passages[0].Heading != "Summit Delegations" {
		t.Errorf("ask -json: %v %s", err, out)
	}
	out, _, _ = runCmd(t, env(), "", "ask", "-explain", "Was there a truce?")
	for _, want := range []string{"intent: yesno", "truce", "related: ceasefire", "ranking"} {
		if !strings.Contains(out, want) {
			t.Errorf("-explain lacks %q:\n%s", want, out)
		}
	}
	if _, _, err := runCmd(t, env(), "", "ask", "-command", "reindex", "x"); exitCode(err) != 2 {
		t.Errorf("ask -command reindex: %v", err)
	}
}

func TestConsole(t *testing.T) {
	out, _, err := runCmd(t, env(), "/who Lavrov\nWas there a ceasefire?\n/sections\n/nonsense\n\n/reindex\n", "console")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"? /who Lavrov\nSummit Delegations —", "? Was there a ceasefire?\n", "No Ceasefire, Uncertainty for Ukraine —", " 7. Summit Delegations", "I don't know that command", "Index refreshed"} {
		if !strings.Contains(out, want) {
			t.Errorf("console lacks %q:\n%s", want, out)
		}
	}
}

func TestIndexCommand(t *testing.T) {
	out, _, err := runCmd(t, env(), "", "index")
	if err != nil || !strings.Contains(out, "1 report, 7 sections, 17 passages") {
		t.Errorf("index: %v\n%s", err, out)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.md"), []byte("## Heading\nSome text."), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("Heading\nRepeated.\nHeading\nAgain."), 0o644)
	out, _, err = runCmd(t, env("CORPUS_DIR", dir), "", "index")
	if exitCode(err) != 1 || !strings.Contains(out, `problem: bad.txt:3: heading "Heading" repeats the heading on line 1`) || !strings.Contains(out, "report good:") {
		t.Errorf("index of a bad corpus: %v\n%s", err, out)
	}
}

func TestEvalCommand(t *testing.T) {
	file, _ := filepath.Abs("../../bot/testdata/eval/questions.jsonl")
	out, _, err := runCmd(t, env(), "", "eval", "-v", file)
	if err != nil || !regexp.MustCompile(`(?m)^top1 \d+/40  hit@3 \d+/40  refused \d+/7  false-refusals \d+/40$`).MatchString(out) {
		t.Errorf("eval: %v\n%s", err, out)
	}
}

func TestDotEnvAndRealEnvironment(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, ".env"), []byte("CORPUS_DIR=/does/not/exist\nLOG_LEVEL=debug\n"), 0o600)
	t.Chdir(dir)
	getenv, err := loadEnv(env("LOG_LEVEL", "warn"), ".env")
	if err != nil {
		t.Fatal(err)
	}
	if getenv("CORPUS_DIR") != "/does/not/exist" || getenv("LOG_LEVEL") != "warn" {
		t.Errorf("CORPUS_DIR=%q LOG_LEVEL=%q: want .env's value and the real variable's", getenv("CORPUS_DIR"), getenv("LOG_LEVEL"))
	}
}

// TestOneOffWhileBotRuns: with INDEX_DIR held by a running bot, ask still answers, from memory,
// and says so; the bot's own start (openBot) keeps the clear error.
func TestOneOffWhileBotRuns(t *testing.T) {
	dir := t.TempDir()
	running, err := openBot("", env("INDEX_DIR", dir), io.Discard, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer running.Index().Close()
	out, errOut, err := runCmd(t, env("INDEX_DIR", dir), "", "ask", "Who was in Trump's delegation?")
	if err != nil || !strings.Contains(out, "Summit Delegations") || !strings.Contains(errOut, "in memory") {
		t.Errorf("ask while the bot runs: %v\n%s\n%s", err, out, errOut)
	}
	if _, err := openBot("", env("INDEX_DIR", dir), io.Discard, nil); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("a second bot: %v", err)
	}
}

// TestCommandLineMistakes: an unknown -command lists the right ones; an unknown flag is reported
// once, by the flag package with the usage, not again by main.
func TestCommandLineMistakes(t *testing.T) {
	_, _, err := runCmd(t, env(), "", "ask", "-command", "bogus", "hi")
	if exitCode(err) != 2 || !strings.Contains(err.Error(), "want one of ask, who,") {
		t.Errorf("-command bogus: %v", err)
	}
	for _, sub := range []string{"ask", "run", "serve"} {
		_, errOut, err := runCmd(t, env(), "", sub, "-bogus")
		e, ok := err.(*exitError)
		if !ok || e.code != 2 || !e.shown || strings.Count(errOut, "-bogus") != 1 {
			t.Errorf("%s -bogus: %v, stderr:\n%s", sub, err, errOut)
		}
	}
}

// TestMalformedDotEnv: a .env the parser rejects is named by file and line, and the text of the
// line (which may be the token) is not shown.
func TestMalformedDotEnv(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for body, line := range map[string]string{
		"LOG_LEVEL=info\nDISCORD_TOKEN=\"SECRET.token.unterminated\n":  "line 2",
		"A=\"two\nlines\"\nB=1\nDISCORD_TOKEN SECRET.token.noequals\n": "line 4",
	} {
		os.WriteFile(filepath.Join(dir, ".env"), []byte(body), 0o600)
		_, err := loadEnv(env(), ".env")
		if err == nil || !strings.Contains(err.Error(), ".env "+line) || strings.Contains(err.Error(), "SECRET") {
			t.Errorf("%q: %v", body, err)
		}
	}
}

func TestRunConfigErrors(t *testing.T) {
	secret := "SECRET.token.value-that-must-not-leak"
	_, errOut, err := runCmd(t, env("DISCORD_TOKEN", secret+" x", "DISCORD_GUILD_ID", "abc", "SUMMITBOT_ADMIN_IDS", "1,x", "SHARD_COUNT", "0",
		"DISCORD_API_URL", "ftp://x", "DISCORD_GATEWAY_URL", "http://x", "METRICS_ADDR", "nope"), "", "run")
	if exitCode(err) != 2 {
		t.Fatalf("exit %d: %v", exitCode(err), err)
	}
	msg := err.Error() + errOut
	for _, want := range []string{"DISCORD_TOKEN does not look", "DISCORD_GUILD_ID", `"x" is not a Discord user ID`, "SHARD_COUNT", "DISCORD_API_URL", "DISCORD_GATEWAY_URL", "METRICS_ADDR"} {
		if !strings.Contains(msg, want) {
			t.Errorf("config error lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "SECRET") {
		t.Error("the token leaked into the error")
	}
	if _, _, err := runCmd(t, env(), "", "serve"); exitCode(err) != 2 || !strings.Contains(err.Error(), "DISCORD_PUBLIC_KEY is not set") {
		t.Errorf("serve without a key: %v", err)
	}
}

// syncBuf is a goroutine-safe writer.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// waitFor polls f until it is true or 10 s pass.
func waitFor(t *testing.T, what string, f func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if f() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServe starts `summitbot serve` on a free port, answers a signed PING and /ask, checks
// /healthz and /metrics, then shuts it down as SIGTERM would.
func TestServe(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuf
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, env("LISTEN_ADDR", "127.0.0.1:0", "DISCORD_PUBLIC_KEY", hex.EncodeToString(pub)),
			strings.NewReader(""), &stdout, &stderr)
	}()
	addrRe := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/interactions`)
	waitFor(t, "the serve address", func() bool { return addrRe.MatchString(stdout.String()) })
	base := "http://" + addrRe.FindStringSubmatch(stdout.String())[1]
	if code, body := get(t, base+"/healthz"); code != 200 {
		t.Errorf("healthz = %d %s", code, body)
	}
	post := func(body string) (int, string) {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest("POST", base+"/interactions", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := post(`{"id":"1","type":1,"token":"t","application_id":"2","version":1}`); code != 200 || body != `{"type":1}` {
		t.Errorf("PING = %d %s", code, body)
	}
	ask := `{"id":"2","type":2,"token":"t2","application_id":"2","version":1,"guild_id":"3","channel_id":"4",
		"member":{"user":{"id":"5"},"permissions":"0"},"data":{"id":"6","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"Who is Lavrov?"}]}}`
	if code, body := post(ask); code != 200 || !strings.Contains(body, "Summit Delegations") {
		t.Errorf("/ask = %d %s", code, body)
	}
	_, metrics := get(t, base+"/metrics")
	for _, want := range []string{`summitbot_interactions_total{command="ask",outcome="answered"} 1`, "summitbot_index_passages 17",
		"summitbot_interaction_duration_seconds_bucket", "summitbot_refusals_total 0", "summitbot_reindex_runs_total 0"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	if code, _ := get(t, base+"/healthz"); code != 0 {
		t.Errorf("healthz still answers after shutdown: %d", code)
	}
}

// TestRunGatewayWithMetrics runs `summitbot run` against a fake Discord: /healthz turns 200 on
// Ready, a rejected token exits 3.
func TestRunGatewayWithMetrics(t *testing.T) {
	srv := fakediscord.New(t)
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuf
	done := make(chan error, 1)
	token := "test-token-abcdefghijklmnopqrstuvwxyz"
	go func() {
		done <- run(ctx, []string{"run"}, env("DISCORD_TOKEN", token, "DISCORD_API_URL", srv.URL(), "METRICS_ADDR", "127.0.0.1:0",
			"DISCORD_GUILD_ID", "42"), strings.NewReader(""), &stdout, &stderr)
	}()
	addrRe := regexp.MustCompile(`serving /healthz and /metrics.* addr=(127\.0\.0\.1:\d+)`)
	waitFor(t, "the metrics address", func() bool { return addrRe.MatchString(stderr.String()) })
	base := "http://" + addrRe.FindStringSubmatch(stderr.String())[1]
	waitFor(t, "healthz 200 after Ready", func() bool { code, _ := get(t, base+"/healthz"); return code == 200 })
	if _, _, err := srv.Commands(ctxFor(t)); err != nil {
		t.Errorf("commands not registered: %v", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("run returned %v", err)
	}
	if strings.Contains(stderr.String(), token) {
		t.Error("token in the log")
	}

	srv.RejectToken(token)
	_, _, err := runCmd(t, env("DISCORD_TOKEN", token, "DISCORD_API_URL", srv.URL()), "", "run", "-register=false")
	if exitCode(err) != 3 || !strings.Contains(err.Error(), "4004") || strings.Contains(err.Error(), token) {
		t.Errorf("rejected token: exit %d, %v", exitCode(err), err)
	}
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// TestWatchRefresh edits the corpus under a running watcher: the index follows the fingerprint,
// and SIGHUP refreshes on demand.
func TestWatchRefresh(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Heading\nFirst text."), 0o644)
	var stderr syncBuf
	fp, _ := corpusSource(dir, env()).fingerprint()
	b, err := openBot(dir, env(), &stderr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Index().Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	hup := make(chan os.Signal, 1)
	var logs syncBuf
	go watchRefresh(ctx, b, corpusSource(dir, env()), fp, 20*time.Millisecond, hup, slog.New(slog.NewTextHandler(&logs, nil)))
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Other\nSecond text."), 0o644)
	waitFor(t, "a refresh after the corpus changed", func() bool { return b.Index().Stats().Reports == 2 })
	hup <- syscall.SIGHUP
	waitFor(t, "a refresh on SIGHUP", func() bool { return strings.Contains(logs.String(), "why=SIGHUP") })
	if !strings.Contains(logs.String(), `why="corpus changed" applied=true`) {
		t.Errorf("logs:\n%s", logs.String())
	}
}

// TestConsoleStopsOnSignal: Ctrl-C or SIGTERM (a cancelled context) ends the console even while
// it waits for input that never comes.
func TestConsoleStopsOnSignal(t *testing.T) {
	t.Chdir(t.TempDir())
	r, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var out syncBuf
	go func() { done <- run(ctx, []string{"console"}, env(), r, &out, &out) }()
	w.Write([]byte("Lavrov\n"))
	waitFor(t, "the first answer", func() bool { return strings.Contains(out.String(), "Summit Delegations") })
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("console returned %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("console ignored the signal")
	}
}
