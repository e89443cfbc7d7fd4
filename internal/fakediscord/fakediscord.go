// Package fakediscord is a local fake of Discord for tests: an httptest REST
// server and a websocket gateway on loopback that the real discordgo client
// talks to. Point a session at it with session.Client = srv.Client().
package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

const (
	// AppID is the application ID the fake reports in READY and accepts in routes.
	AppID = "1000000000000000001"
	// BotUserID is the bot user's ID reported in READY and by GET /users/@me.
	BotUserID = "1000000000000000002"
	// ChannelID is the channel ID put on messages the fake returns.
	ChannelID = "1000000000000000003"
)

const gatewayPath = "/gateway-ws"

// Server is a fake Discord REST API and gateway. It is safe for concurrent use.
type Server struct {
	ts     *httptest.Server
	client *http.Client
	done   chan struct{}
	wg     sync.WaitGroup // gateway handlers (hijacked, so httptest does not wait for them)

	mu           sync.Mutex
	notify       chan struct{} // closed and replaced whenever something is recorded
	closed       bool
	latency      time.Duration
	nextID       int64
	calls        []string
	unexpected   []string
	failures     []failure
	interactions map[string]*interaction
	identifies   []Identify
	callbacks    []Callback
	edits        []Edit
	followups    []Edit
	commands     []commandSet
	conns        map[*gwConn]struct{}
	connections  int
	rejected     map[string]bool // tokens whose IDENTIFY is closed with 4004

	gmu       sync.Mutex // gateway session state; held across dispatch writes
	live      *gwConn    // connection that received READY or RESUMED
	seq       int64
	sessionID string
	sessions  int
}

type failure struct {
	method, prefix string
	status, code   int
	message        string
}

type interaction struct {
	token string
	acked bool
}

type commandSet struct {
	guildID string
	raw     []byte
}

// Callback is an interaction callback (POST /interactions/{id}/{token}/callback) the bot made.
type Callback struct {
	InteractionID string
	Token         string
	Type          discordgo.InteractionResponseType
	Data          json.RawMessage // the "data" object, nil if absent
	Raw           []byte          // whole JSON body (payload_json for multipart)
}

// Content returns data.content of the callback, or "" if there is none.
func (c Callback) Content() string { return contentOf(c.Data) }

// Edit is a webhook message request the bot made: an edit of @original or a follow-up.
type Edit struct {
	Token string
	Raw   []byte // whole JSON body (payload_json for multipart)
}

// Content returns the content field of the body, or "" if there is none.
func (e Edit) Content() string { return contentOf(e.Raw) }

// Decode unmarshals the JSON body into v.
func (e Edit) Decode(v any) error { return json.Unmarshal(e.Raw, v) }

// New starts a fake Discord and registers t.Cleanup to shut it down.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{
		done:         make(chan struct{}),
		notify:       make(chan struct{}),
		interactions: map[string]*interaction{},
		conns:        map[*gwConn]struct{}{},
	}
	api := http.NewServeMux()
	api.HandleFunc("GET /api/v9/gateway", s.handleGateway)
	api.HandleFunc("GET /api/v9/gateway/bot", s.handleGateway)
	api.HandleFunc("GET /api/v9/users/@me", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, botUser())
	})
	api.HandleFunc("POST /api/v9/interactions/{id}/{token}/callback", s.handleCallback)
	api.HandleFunc("PUT /api/v9/applications/{app}/commands", s.handleCommands)
	api.HandleFunc("PUT /api/v9/applications/{app}/guilds/{guild}/commands", s.handleCommands)
	api.HandleFunc("PATCH /api/v9/webhooks/{app}/{token}/messages/@original", s.handleEdit)
	api.HandleFunc("POST /api/v9/webhooks/{app}/{token}", s.handleEdit)
	api.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { s.notFound(w, r) })

	rest := s.rest(api)
	s.ts = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == gatewayPath || strings.HasPrefix(r.URL.Path, gatewayPath+"/") {
			s.serveGateway(w, r)
		} else {
			rest.ServeHTTP(w, r)
		}
	}))
	s.client = &http.Client{
		Timeout:       10 * time.Second,
		Transport:     rewriteTransport{base: s.ts.Client().Transport, host: s.ts.Listener.Addr().String()},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	t.Cleanup(s.shutdown)
	return s
}

func (s *Server) shutdown() {
	s.mu.Lock()
	s.closed = true
	conns := make([]*gwConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	close(s.done)
	for _, c := range conns {
		c.ws.Close()
	}
	s.wg.Wait()
	s.ts.Close()
}

type rewriteTransport struct {
	base http.RoundTripper
	host string
}

// RoundTrip sends req to the fake, whatever host it names.
func (rt rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.URL.Scheme, r.URL.Host = "http", rt.host // Host header keeps the original (discord.com)
	return rt.base.RoundTrip(r)
}

// Client returns an http.Client that sends every request, whatever its host, to the fake.
func (s *Server) Client() *http.Client { return s.client }

// URL returns the base URL of the REST server, such as http://127.0.0.1:port.
func (s *Server) URL() string { return s.ts.URL }

// GatewayURL returns the websocket URL that GET /api/v9/gateway hands out.
func (s *Server) GatewayURL() string { return "ws://" + s.ts.Listener.Addr().String() + gatewayPath }

// SetLatency delays every later REST response by d.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latency = d
}

// FailRoute makes every later request whose path starts with prefix (and whose
// method is method, or any method if method is "") fail with HTTP status and a
// Discord JSON error body {"message": message, "code": code}.
func (s *Server) FailRoute(method, prefix string, status, code int, message string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, failure{method, prefix, status, code, message})
}

// FailCallback makes the callback for interactionID fail, such as 404 with code
// 10062 (Unknown interaction).
func (s *Server) FailCallback(interactionID string, status, code int, message string) {
	s.FailRoute(http.MethodPost, "/api/v9/interactions/"+interactionID+"/", status, code, message)
}

// Calls returns how many REST requests matched routePrefix, which is compared
// with both the path ("/api/v9/interactions/1/") and "METHOD path" ("POST /api/v9/...").
func (s *Server) Calls(routePrefix string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, c := range s.calls {
		if strings.HasPrefix(c, routePrefix) || strings.HasPrefix(c[strings.IndexByte(c, ' ')+1:], routePrefix) {
			n++
		}
	}
	return n
}

// Unexpected returns the requests ("METHOD path") the fake answered with 404 because it has no such route.
func (s *Server) Unexpected() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.unexpected...)
}

// WaitCallback waits for the next unreturned callback for interactionID.
func (s *Server) WaitCallback(ctx context.Context, interactionID string) (Callback, error) {
	var cb Callback
	err := s.wait(ctx, "callback for interaction "+interactionID, func() (ok bool) {
		cb, ok = take(&s.callbacks, func(c Callback) bool { return c.InteractionID == interactionID })
		return ok
	})
	return cb, err
}

// WaitEdit waits for the next unreturned PATCH of the @original message of the interaction with token.
func (s *Server) WaitEdit(ctx context.Context, token string) (Edit, error) {
	var e Edit
	err := s.wait(ctx, "edit of @original", func() (ok bool) {
		e, ok = take(&s.edits, func(e Edit) bool { return e.Token == token })
		return ok
	})
	return e, err
}

// WaitFollowup waits for the next unreturned follow-up message (POST /webhooks/{app}/{token}) with token.
func (s *Server) WaitFollowup(ctx context.Context, token string) (Edit, error) {
	var e Edit
	err := s.wait(ctx, "follow-up", func() (ok bool) {
		e, ok = take(&s.followups, func(e Edit) bool { return e.Token == token })
		return ok
	})
	return e, err
}

// Commands waits for the next unreturned bulk overwrite of application commands and
// returns its JSON body and guild ID ("" for global commands).
func (s *Server) Commands(ctx context.Context) (raw []byte, guildID string, err error) {
	var c commandSet
	err = s.wait(ctx, "command registration", func() (ok bool) {
		c, ok = take(&s.commands, func(commandSet) bool { return true })
		return ok
	})
	return c.raw, c.guildID, err
}

// WaitIdentify waits for the next unreturned IDENTIFY. When it returns, READY has been sent.
func (s *Server) WaitIdentify(ctx context.Context) (Identify, error) {
	var id Identify
	err := s.wait(ctx, "IDENTIFY", func() (ok bool) {
		id, ok = take(&s.identifies, func(Identify) bool { return true })
		return ok
	})
	return id, err
}

// wait calls try under s.mu until it reports success or ctx ends.
func (s *Server) wait(ctx context.Context, what string, try func() bool) error {
	for {
		s.mu.Lock()
		if try() {
			s.mu.Unlock()
			return nil
		}
		ch := s.notify
		s.mu.Unlock()
		select {
		case <-ctx.Done():
			return fmt.Errorf("fakediscord: waiting for %s: %w", what, ctx.Err())
		case <-ch:
		}
	}
}

// record runs f under s.mu and wakes waiters.
func (s *Server) record(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f()
	close(s.notify)
	s.notify = make(chan struct{})
}

func take[T any](list *[]T, match func(T) bool) (T, bool) {
	for i, v := range *list {
		if match(v) {
			*list = append((*list)[:i], (*list)[i+1:]...)
			return v, true
		}
	}
	var zero T
	return zero, false
}

func (s *Server) newID() string {
	s.nextID++
	return strconv.FormatInt(1200000000000000000+s.nextID, 10)
}

// rest counts each REST call, applies latency and injected failures, then calls next.
func (s *Server) rest(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.calls = append(s.calls, r.Method+" "+r.URL.Path)
		latency := s.latency
		var fail *failure
		for _, f := range s.failures {
			if (f.method == "" || f.method == r.Method) && strings.HasPrefix(r.URL.Path, f.prefix) {
				fail = &f
				break
			}
		}
		s.mu.Unlock()
		if latency > 0 {
			select {
			case <-time.After(latency):
			case <-r.Context().Done():
				return
			case <-s.done:
				return
			}
		}
		switch {
		case fail != nil:
			writeError(w, fail.status, fail.code, fail.message)
		case strings.Contains(r.URL.Path, "//"): // empty ID or token; ServeMux would redirect
			s.notFound(w, r)
		default:
			next.ServeHTTP(w, r)
		}
	})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.unexpected = append(s.unexpected, r.Method+" "+r.URL.Path)
	s.mu.Unlock()
	writeError(w, http.StatusNotFound, 0, "404: Not Found")
}

func (s *Server) handleGateway(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"url": s.GatewayURL(), "shards": 1,
		"session_start_limit": map[string]int{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
	})
}

func (s *Server) handleCallback(w http.ResponseWriter, r *http.Request) {
	id, token := r.PathValue("id"), r.PathValue("token")
	raw, err := readBody(r)
	var body struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data json.RawMessage                   `json:"data"`
	}
	if err == nil {
		err = json.Unmarshal(raw, &body)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return
	}
	status := http.StatusNoContent
	s.record(func() {
		in := s.interactions[id]
		switch {
		case in == nil || in.token != token:
			status = http.StatusNotFound
		case in.acked:
			status = http.StatusBadRequest
		default:
			in.acked = true
			s.callbacks = append(s.callbacks, Callback{id, token, body.Type, body.Data, raw})
		}
	})
	switch status {
	case http.StatusNotFound:
		writeError(w, status, 10062, "Unknown interaction")
	case http.StatusBadRequest:
		writeError(w, status, 40060, "Interaction has already been acknowledged.")
	default:
		w.WriteHeader(status)
	}
}

// handleEdit records PATCH @original (edits) and POST /webhooks/{app}/{token} (follow-ups).
func (s *Server) handleEdit(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("app") != AppID {
		s.notFound(w, r)
		return
	}
	raw, err := readBody(r)
	if err != nil || !json.Valid(raw) {
		writeError(w, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return
	}
	var msg map[string]any
	s.record(func() {
		e := Edit{r.PathValue("token"), raw}
		if r.Method == http.MethodPatch {
			s.edits = append(s.edits, e)
		} else {
			s.followups = append(s.followups, e)
		}
		msg = s.message(raw)
	})
	writeJSON(w, http.StatusOK, msg)
}

func (s *Server) handleCommands(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("app") != AppID {
		s.notFound(w, r)
		return
	}
	guild := r.PathValue("guild")
	raw, err := readBody(r)
	var cmds []map[string]any
	if err == nil {
		err = json.Unmarshal(raw, &cmds)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return
	}
	s.record(func() {
		s.commands = append(s.commands, commandSet{guild, raw})
		for _, c := range cmds {
			c["id"], c["application_id"], c["version"] = s.newID(), AppID, s.newID()
			if guild != "" {
				c["guild_id"] = guild
			}
		}
	})
	writeJSON(w, http.StatusOK, cmds)
}

// message builds the message Discord would return for a message body; call with s.mu held.
func (s *Server) message(raw []byte) map[string]any {
	msg := map[string]any{}
	_ = json.Unmarshal(raw, &msg)
	if msg == nil {
		msg = map[string]any{}
	}
	msg["id"], msg["channel_id"], msg["application_id"], msg["webhook_id"] = s.newID(), ChannelID, AppID, AppID
	msg["author"], msg["type"] = botUser(), 0
	return msg
}

func botUser() map[string]any {
	return map[string]any{"id": BotUserID, "username": "summitbot", "discriminator": "0", "bot": true}
}

// readBody returns the JSON body, or its payload_json part for multipart bodies (files are dropped).
func readBody(r *http.Request) ([]byte, error) {
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		if err := r.ParseMultipartForm(16 << 20); err != nil {
			return nil, err
		}
		return []byte(r.FormValue("payload_json")), nil
	}
	return io.ReadAll(io.LimitReader(r.Body, 16<<20))
}

func contentOf(raw []byte) string {
	var v struct {
		Content string `json:"content"`
	}
	_ = json.Unmarshal(raw, &v)
	return v.Content
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status, code int, message string) {
	writeJSON(w, status, map[string]any{"message": message, "code": code})
}
