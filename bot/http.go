package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// HTTP endpoint limits.
const (
	// MaxInteractionBody caps a request body: 64 KiB, far above any real interaction.
	MaxInteractionBody = 64 << 10
	// MaxClockSkew is how far a request's X-Signature-Timestamp may be from now, either way:
	// older requests are replays (discordgo.VerifyInteraction does not check the age).
	MaxClockSkew = 5 * time.Minute
)

// HTTPConfig configures the HTTP interactions endpoint.
type HTTPConfig struct {
	// PublicKey is the application's public key from the Developer Portal (General Information):
	// every request's ed25519 signature over timestamp + body must verify with it.
	PublicKey ed25519.PublicKey
	// Token is the bot token, used (when set) as authorisation for the edits that finish deferred
	// work. The edits go to the interaction's webhook, which the interaction token authorises, so
	// the endpoint works without it.
	Token    string
	AdminIDs []string
	APIURL   string // REST proxy for the edits, as in GatewayConfig
	Logger   *slog.Logger
	Hooks    Hooks
	// HTTPClient sends the edits (default: 10 s timeout, honouring APIURL).
	HTTPClient *http.Client
	// Now is the clock for the timestamp check (default time.Now).
	Now func() time.Time

	handle func(context.Context, Invocation) (Reply, error) // replaces Bot.Handle in tests
}

// HTTPEndpoint serves Discord's Interactions Endpoint URL: POST requests with signed interaction
// JSON, answered in the HTTP response. It is stateless apart from the bot's index, so replicas
// scale out behind any load balancer.
type HTTPEndpoint struct {
	d    *dispatcher
	key  ed25519.PublicKey
	rest *discordgo.Session
	now  func() time.Time
	log  *slog.Logger
}

var _ http.Handler = (*HTTPEndpoint)(nil)

// NewHTTPEndpoint returns the endpoint for b. It fails if the public key has the wrong size or
// the API URL is malformed.
func NewHTTPEndpoint(b *Bot, cfg HTTPConfig) (*HTTPEndpoint, error) {
	if len(cfg.PublicKey) != ed25519.PublicKeySize {
		return nil, errors.New("bot: the public key must be 32 bytes (64 hex characters)")
	}
	client, err := httpClient(GatewayConfig{APIURL: cfg.APIURL, HTTPClient: cfg.HTTPClient})
	if err != nil {
		return nil, err
	}
	s, err := discordgo.New("")
	if err != nil {
		return nil, err
	}
	if cfg.Token != "" {
		s.Token = "Bot " + cfg.Token
	}
	s.Client = client
	s.UserAgent = "DiscordBot (https://github.com/summitbot/summitbot, " + b.version + ")"
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := newDispatcher(b, log, cfg.AdminIDs, cfg.Hooks)
	if cfg.handle != nil {
		d.handle = cfg.handle
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	return &HTTPEndpoint{d: d, key: cfg.PublicKey, rest: s, now: now, log: log}, nil
}

// ServeHTTP checks and answers one interaction:
//   - 405 for any method but POST, 415 for a body that is not JSON, 413 over MaxInteractionBody;
//   - 401 when the signature headers are missing, the timestamp is more than MaxClockSkew from now,
//     or the ed25519 signature does not verify (Discord sends bad signatures on purpose to check
//     this); nothing else happens;
//   - 400 for JSON that is not an interaction;
//   - PING gets PONG; commands, autocomplete and buttons get their response in the body; slow work
//     (/reindex) gets a deferred response and is finished by editing it over REST.
func (h *HTTPEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		http.Error(w, "want Content-Type: application/json", http.StatusUnsupportedMediaType)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxInteractionBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	if !h.fresh(r.Header.Get("X-Signature-Timestamp")) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if !discordgo.VerifyInteraction(r, h.key) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil || i.Type == 0 {
		http.Error(w, "not an interaction", http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	rs := &httpResponder{first: make(chan any, 1), sent: make(chan struct{}), rest: restResponder{h.rest}}
	defer close(rs.sent)
	go h.d.dispatch(context.Background(), rs, &i)
	select {
	case resp := <-rs.first:
		writeJSON(w, resp)
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
	case <-r.Context().Done():
	case <-time.After(respondWindow):
		h.log.Error("no response within Discord's window", "interaction", i.ID)
		http.Error(w, "timed out", http.StatusServiceUnavailable)
	}
}

// respondWindow is Discord's 3-second limit for the first response.
const respondWindow = 3 * time.Second

// fresh reports whether a Unix-seconds timestamp is within MaxClockSkew of now.
func (h *HTTPEndpoint) fresh(ts string) bool {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	d := h.now().Sub(time.Unix(sec, 0))
	return d <= MaxClockSkew && d >= -MaxClockSkew
}

// Drain stops taking interactions and waits, until ctx ends, for those in flight (deferred work
// that still has to edit its response).
func (h *HTTPEndpoint) Drain(ctx context.Context) error { return h.d.drain(ctx) }

// writeJSON writes v (or raw JSON bytes) as the response body.
func writeJSON(w http.ResponseWriter, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.Write(data)
}

// httpResponder puts the first response into the HTTP reply and sends later edits over REST.
type httpResponder struct {
	first chan any      // the first response, for ServeHTTP to write
	sent  chan struct{} // closed once ServeHTTP has written (or given up on) the response
	rest  restResponder
}

var errAlreadyResponded = errors.New("bot: the HTTP response was already sent")

func (r *httpResponder) respond(_ *discordgo.Interaction, resp any) error {
	select {
	case r.first <- resp:
		return nil
	default:
		return errAlreadyResponded
	}
}

// edit waits until the first response (the deferral) has gone out in the HTTP reply: Discord
// rejects an edit of an interaction it has not seen acknowledged.
func (r *httpResponder) edit(i *discordgo.Interaction, data *discordgo.InteractionResponseData) error {
	<-r.sent
	return r.rest.edit(i, data)
}
