package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/summitbot/summitbot/internal/fakediscord"
)

// signer signs requests exactly as Discord does: ed25519 over timestamp + body, hex in
// X-Signature-Ed25519, Unix seconds in X-Signature-Timestamp.
type signer struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newSigner(t testing.TB) signer {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return signer{pub, priv}
}

func (s signer) request(url string, body []byte, at time.Time) *http.Request {
	ts := strconv.FormatInt(at.Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(s.priv, append([]byte(ts), body...))))
	return req
}

// httpHarness is an HTTP endpoint over a real index, on loopback, with a fake Discord for edits.
type httpHarness struct {
	url      string
	sign     signer
	srv      *fakediscord.Server
	handled  atomic.Int64 // interactions seen by the metrics hook
	client   *http.Client
	endpoint *HTTPEndpoint
}

func startHTTP(t testing.TB) *httpHarness {
	t.Helper()
	h := &httpHarness{sign: newSigner(t), srv: fakediscord.New(t), client: &http.Client{Timeout: 5 * time.Second}}
	b := newBot(t)
	ep, err := NewHTTPEndpoint(b, HTTPConfig{PublicKey: h.sign.pub, APIURL: h.srv.URL(), AdminIDs: []string{"777"},
		Hooks: Hooks{Interaction: func(string, string, time.Duration) { h.handled.Add(1) }}})
	if err != nil {
		t.Fatal(err)
	}
	h.endpoint = ep
	ts := httptest.NewServer(ep)
	t.Cleanup(ts.Close)
	h.url = ts.URL
	return h
}

func (h *httpHarness) do(t testing.TB, req *http.Request) (int, []byte) {
	t.Helper()
	resp, err := h.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

func (h *httpHarness) post(t testing.TB, i map[string]any) (discordgo.InteractionResponseType, responseData) {
	t.Helper()
	body, _ := json.Marshal(i)
	status, out := h.do(t, h.sign.request(h.url, body, time.Now()))
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, out)
	}
	var resp struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data responseData                      `json:"data"`
	}
	if err := json.Unmarshal(out, &resp); err != nil {
		t.Fatal(err)
	}
	return resp.Type, resp.Data
}

func TestHTTPInteractions(t *testing.T) {
	h := startHTTP(t)
	t.Run("ping", func(t *testing.T) {
		typ, _ := h.post(t, map[string]any{"id": "1", "type": 1, "token": "t", "application_id": fakediscord.AppID, "version": 1})
		if typ != discordgo.InteractionResponsePong {
			t.Errorf("PING answered with type %d", typ)
		}
	})
	commands := []struct {
		name    string
		opts    []map[string]any
		heading string // first embed's title
	}{
		{"ask", []map[string]any{str("question", "Was there a ceasefire?")}, "No Ceasefire, Uncertainty for Ukraine"},
		{"who", []map[string]any{str("name", "Witkoff")}, "Summit Delegations"},
		{"who", nil, "Summit Delegations"},
		{"outcome", nil, ""},
		{"reactions", []map[string]any{str("party", "Czech")}, "International Reactions and Concerns"},
		{"sections", nil, "Sections"},
		{"section", []map[string]any{str("heading", "Plans for Future Talks")}, "Plans for Future Talks"},
		{"about", nil, "About summitbot"},
	}
	for k, c := range commands {
		typ, data := h.post(t, interaction(2, command(c.name, c.opts...), "h"+strconv.Itoa(k), 0))
		if typ != discordgo.InteractionResponseChannelMessageWithSource || len(data.Embeds) == 0 {
			t.Errorf("/%s: type %d, %d embeds", c.name, typ, len(data.Embeds))
			continue
		}
		if c.heading != "" && data.Embeds[0].Title != c.heading {
			t.Errorf("/%s: first embed %q, want %q", c.name, data.Embeds[0].Title, c.heading)
		}
	}
	t.Run("autocomplete", func(t *testing.T) {
		focused := map[string]any{"name": "party", "type": 3, "value": "nat", "focused": true}
		typ, data := h.post(t, interaction(4, command("reactions", focused), "ac", 0))
		if typ != discordgo.InteractionApplicationCommandAutocompleteResult || len(data.Choices) == 0 || data.Choices[0].Name != "NATO" {
			t.Errorf("autocomplete type %d choices %+v", typ, data.Choices)
		}
	})
	t.Run("button", func(t *testing.T) {
		i := interaction(3, map[string]any{"custom_id": "full:0:" + headingKey("Overview") + ":anchorage-summit-2025", "component_type": 2}, "bt", 0)
		i["message"] = map[string]any{"id": "m1", "channel_id": fakediscord.ChannelID}
		_, data := h.post(t, i)
		if data.Flags&discordgo.MessageFlagsEphemeral == 0 || len(data.Embeds) == 0 || data.Embeds[0].Title != "Overview" {
			t.Errorf("button: %+v", data)
		}
	})
	t.Run("reindex is deferred and finished by an edit", func(t *testing.T) {
		i := interaction(2, command("reindex"), "777", 0)
		typ, data := h.post(t, i)
		if typ != discordgo.InteractionResponseDeferredChannelMessageWithSource || data.Flags&discordgo.MessageFlagsEphemeral == 0 {
			t.Fatalf("reindex first response type %d flags %d", typ, data.Flags)
		}
		edit, err := h.srv.WaitEdit(ctxFor(t, 5*time.Second), i["token"].(string))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(edit.Raw), "Index refreshed") {
			t.Errorf("edit = %s", edit.Raw)
		}
	})
}

// TestHTTPRefusesBadRequests sends what an attacker or a misconfigured proxy would: each is refused
// with the right status and nothing is handled.
func TestHTTPRefusesBadRequests(t *testing.T) {
	h := startHTTP(t)
	body, _ := json.Marshal(interaction(2, command("ask", str("question", "Was there a ceasefire?")), "x", 0))
	other := newSigner(t)
	now := time.Now()
	tests := []struct {
		name   string
		req    func() *http.Request
		status int
	}{
		{"tampered body", func() *http.Request {
			r := h.sign.request(h.url, body, now)
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(body, []byte("ceasefire"), []byte("Ceasefire"), 1)))
			return r
		}, 401},
		{"wrong key", func() *http.Request { return other.request(h.url, body, now) }, 401},
		{"stale timestamp", func() *http.Request { return h.sign.request(h.url, body, now.Add(-6*time.Minute)) }, 401},
		{"future timestamp", func() *http.Request { return h.sign.request(h.url, body, now.Add(6*time.Minute)) }, 401},
		{"missing signature", func() *http.Request {
			r := h.sign.request(h.url, body, now)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, 401},
		{"missing timestamp", func() *http.Request {
			r := h.sign.request(h.url, body, now)
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, 401},
		{"oversized body", func() *http.Request {
			return h.sign.request(h.url, append(body, bytes.Repeat([]byte(" "), MaxInteractionBody)...), now)
		}, 413},
		{"GET", func() *http.Request { r, _ := http.NewRequest(http.MethodGet, h.url, nil); return r }, 405},
		{"not JSON", func() *http.Request {
			r := h.sign.request(h.url, body, now)
			r.Header.Set("Content-Type", "text/plain")
			return r
		}, 415},
		{"signed but not an interaction", func() *http.Request { return h.sign.request(h.url, []byte(`{"hello":1}`), now) }, 400},
	}
	for _, tc := range tests {
		if status, out := h.do(t, tc.req()); status != tc.status {
			t.Errorf("%s: status %d (%s), want %d", tc.name, status, out, tc.status)
		}
	}
	if n := h.handled.Load(); n != 0 {
		t.Errorf("%d refused requests were handled", n)
	}
	if n := len(h.srv.Unexpected()) + h.srv.Calls("PATCH") + h.srv.Calls("POST"); n != 0 {
		t.Errorf("refused requests reached Discord %d times", n)
	}
}

// BenchmarkHTTPLoad is the bounded load test: signed /ask requests from 16 concurrent clients over
// loopback for the benchmark's duration (go test -bench HTTPLoad -benchtime 3s ./bot). It reports
// throughput, p50 and p99, and fails on any error (target: 5,000 interactions/s, p99 under 10 ms on
// 2 cores).
func BenchmarkHTTPLoad(b *testing.B) {
	h := startHTTP(b)
	h.client = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 5 * time.Second}
	qs := []string{"Was there a ceasefire?", "Who is Lavrov?", "Did Putin invite Trump to Moscow?", "What is the price of Bitcoin?",
		"How did European allies react?", "Were there drone attacks?"}
	// Pre-sign one request body per question and user, so the clients measure the server, not
	// their own signing. Each user stays inside the per-user rate limit by being one of many.
	type signed struct {
		body    []byte
		ts, sig string
	}
	var pool []signed
	for k := 0; k < 16384; k++ {
		body, _ := json.Marshal(interaction(2, command("ask", str("question", qs[k%len(qs)])), "load"+strconv.Itoa(k), 0))
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		pool = append(pool, signed{body, ts, hex.EncodeToString(ed25519.Sign(h.sign.priv, append([]byte(ts), body...)))})
	}
	var mu sync.Mutex
	var lat []time.Duration
	var next atomic.Int64
	var errs atomic.Int64
	b.SetParallelism(8) // 8 × GOMAXPROCS(2) = 16 clients
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			s := pool[int(next.Add(1))%len(pool)]
			req, _ := http.NewRequest(http.MethodPost, h.url, bytes.NewReader(s.body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Signature-Timestamp", s.ts)
			req.Header.Set("X-Signature-Ed25519", s.sig)
			t0 := time.Now()
			resp, err := h.client.Do(req)
			if err != nil {
				errs.Add(1)
				continue
			}
			out, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK || !bytes.Contains(out, []byte(`"type":4`)) || bytes.Contains(out, []byte("faster than")) {
				errs.Add(1) // a failure, or a rate-limit notice instead of a search
			}
			mine = append(mine, time.Since(t0))
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	if n := errs.Load(); n > 0 {
		b.Fatalf("%d errors", n)
	}
	slices.Sort(lat)
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "interactions/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// slowWriter is a ResponseWriter that takes its time to write, like a slow network.
type slowWriter struct {
	*httptest.ResponseRecorder
	written atomic.Int64 // unix nanoseconds when the body was written
}

func (w *slowWriter) Write(p []byte) (int, error) {
	time.Sleep(50 * time.Millisecond)
	n, err := w.ResponseRecorder.Write(p)
	w.written.Store(time.Now().UnixNano())
	return n, err
}

// TestHTTPEditWaitsForTheDeferral: a deferred /reindex must not edit its response before the
// deferral has been written, or Discord rejects the edit.
func TestHTTPEditWaitsForTheDeferral(t *testing.T) {
	h := startHTTP(t)
	i := interaction(2, command("reindex"), "777", 0)
	body, _ := json.Marshal(i)
	w := &slowWriter{ResponseRecorder: httptest.NewRecorder()}
	served := make(chan struct{})
	go func() { // serve and watch for the edit at the same time
		defer close(served)
		h.endpoint.ServeHTTP(w, h.sign.request("/interactions", body, time.Now()))
	}()
	if _, err := h.srv.WaitEdit(ctxFor(t, 5*time.Second), i["token"].(string)); err != nil {
		t.Fatal(err)
	}
	edited := time.Now().UnixNano()
	<-served
	if w.written.Load() == 0 || w.written.Load() > edited {
		t.Errorf("the edit reached Discord %s before the deferral was written", time.Duration(w.written.Load()-edited))
	}
	if !strings.Contains(w.Body.String(), `"type":5`) {
		t.Errorf("response = %s", w.Body.String())
	}
}
