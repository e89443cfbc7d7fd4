package fakediscord

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// HeartbeatInterval is the heartbeat interval in milliseconds the fake sends in HELLO.
const HeartbeatInterval = 41250

// ErrNoSession is returned by Dispatch when no gateway connection has received READY or RESUMED.
var ErrNoSession = errors.New("fakediscord: no gateway session")

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// Identify is the part of an IDENTIFY payload tests check. It is not
// discordgo.Identify because that type cannot decode its own presence field.
type Identify struct {
	Token    string           `json:"token"`
	Intents  discordgo.Intent `json:"intents"`
	Shard    *[2]int          `json:"shard"`
	Compress bool             `json:"compress"`
	Raw      json.RawMessage  `json:"-"` // the whole "d" object
}

// gwConn is one gateway websocket; wmu serializes its writes.
type gwConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

// frame is a gateway payload. Frames are sent as plain JSON text messages,
// which discordgo accepts even though it asks for compression.
type frame struct {
	Op int    `json:"op"`
	D  any    `json:"d"`
	S  int64  `json:"s,omitempty"`
	T  string `json:"t,omitempty"`
}

func (c *gwConn) write(f frame) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(f)
}

// serveGateway runs the gateway script: HELLO, then IDENTIFY -> READY,
// RESUME -> RESUMED (or op 9 for an unknown session), heartbeat -> ACK.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		http.Error(w, "closed", http.StatusServiceUnavailable)
		return
	}
	s.wg.Add(1)
	s.mu.Unlock()
	defer s.wg.Done()

	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ws.Close()
		return
	}
	s.conns[c] = struct{}{}
	s.connections++
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.conns, c)
		s.mu.Unlock()
		s.gmu.Lock()
		if s.live == c {
			s.live = nil
		}
		s.gmu.Unlock()
		ws.Close()
	}()

	if c.write(frame{Op: 10, D: map[string]int{"heartbeat_interval": HeartbeatInterval}}) != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var f struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(msg, &f) != nil {
			s.closeConn(c, 4002, "Decode error")
			return
		}
		switch f.Op {
		case 1:
			err = c.write(frame{Op: 11})
		case 2:
			err = s.identify(c, f.D)
		case 6:
			err = s.resume(c, f.D)
		}
		if err != nil {
			return
		}
	}
}

func (s *Server) identify(c *gwConn, d json.RawMessage) error {
	id := Identify{Raw: d}
	if err := json.Unmarshal(d, &id); err != nil {
		s.closeConn(c, 4002, "Decode error")
		return err
	}
	s.mu.Lock()
	reject := s.rejected[strings.TrimPrefix(id.Token, "Bot ")]
	s.mu.Unlock()
	if reject {
		s.record(func() { s.identifies = append(s.identifies, id) })
		s.closeConn(c, 4004, "Authentication failed.")
		return nil
	}
	s.gmu.Lock()
	s.sessions++
	s.sessionID = fmt.Sprintf("fake-session-%d", s.sessions)
	s.seq = 1
	ready := map[string]any{
		"v": 10, "session_id": s.sessionID, "resume_gateway_url": s.GatewayURL(),
		"user":        botUser(),
		"application": map[string]any{"id": AppID, "flags": 0},
		"guilds":      []any{}, "private_channels": []any{},
	}
	if id.Shard != nil {
		ready["shard"] = id.Shard
	}
	err := c.write(frame{Op: 0, T: "READY", S: 1, D: ready})
	if err == nil {
		s.live = c
	}
	s.gmu.Unlock()
	if err == nil {
		s.record(func() { s.identifies = append(s.identifies, id) })
	}
	return err
}

func (s *Server) resume(c *gwConn, d json.RawMessage) error {
	var r struct {
		SessionID string `json:"session_id"`
	}
	_ = json.Unmarshal(d, &r)
	s.gmu.Lock()
	defer s.gmu.Unlock()
	if r.SessionID == "" || r.SessionID != s.sessionID {
		return c.write(frame{Op: 9, D: false})
	}
	s.seq++
	if err := c.write(frame{Op: 0, T: "RESUMED", S: s.seq, D: map[string]any{}}); err != nil {
		return err
	}
	s.live = c
	return nil
}

// Dispatch sends a dispatch (op 0, next sequence number) of event type t with
// data marshalled as JSON (json.RawMessage and []byte are sent as is).
// An INTERACTION_CREATE makes the interaction's id and token known to the callback route.
func (s *Server) Dispatch(t string, data any) error {
	var raw json.RawMessage
	switch d := data.(type) {
	case json.RawMessage:
		raw = d
	case []byte:
		raw = d
	default:
		var err error
		if raw, err = json.Marshal(data); err != nil {
			return fmt.Errorf("fakediscord: marshal %s: %w", t, err)
		}
	}
	if t == "INTERACTION_CREATE" {
		var in struct{ ID, Token string }
		if err := json.Unmarshal(raw, &in); err != nil {
			return fmt.Errorf("fakediscord: decode interaction: %w", err)
		}
		s.mu.Lock()
		s.interactions[in.ID] = &interaction{token: in.Token}
		s.mu.Unlock()
	}
	s.gmu.Lock()
	defer s.gmu.Unlock()
	if s.live == nil {
		return ErrNoSession
	}
	s.seq++
	return s.live.write(frame{Op: 0, T: t, S: s.seq, D: raw})
}

// SendInteraction dispatches INTERACTION_CREATE with i, typically a
// *discordgo.Interaction or a map[string]any in Discord's JSON shape.
func (s *Server) SendInteraction(i any) error { return s.Dispatch("INTERACTION_CREATE", i) }

// RejectToken makes IDENTIFY with this token (with or without "Bot ") end in close code 4004
// (Authentication failed), as Discord does for a wrong token.
func (s *Server) RejectToken(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.rejected == nil {
		s.rejected = map[string]bool{}
	}
	s.rejected[strings.TrimPrefix(token, "Bot ")] = true
}

// CloseGateway closes every open gateway connection with the close code and
// reason, such as 4004 (Authentication failed). Later connections are accepted.
// Close only after the session's first heartbeat (Session.DataReady): before it,
// discordgo v0.29.0 reconnects twice and closes its own new connection.
func (s *Server) CloseGateway(code int, reason string) {
	s.mu.Lock()
	conns := make([]*gwConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		s.closeConn(c, code, reason)
	}
}

// closeConn sends a close frame and lets the read loop end when the client
// answers, or after a second; closing at once could reset the TCP connection
// before the client reads the frame.
func (s *Server) closeConn(c *gwConn, code int, reason string) {
	s.gmu.Lock()
	if s.live == c {
		s.live = nil
	}
	s.gmu.Unlock()
	c.wmu.Lock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
	c.wmu.Unlock()
	_ = c.ws.SetReadDeadline(time.Now().Add(time.Second))
}

// Connections returns how many gateway websocket connections the fake has accepted.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connections
}
