package fakediscord

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"runtime"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func recv[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(5 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// open connects a real discordgo session to srv and returns it once READY arrived.
func open(t *testing.T, srv *Server, setup func(*discordgo.Session)) (*discordgo.Session, *discordgo.Ready) {
	t.Helper()
	s, err := discordgo.New("Bot test-token")
	if err != nil {
		t.Fatal(err)
	}
	s.Client = srv.Client()
	s.Identify.Intents = 0
	ready := make(chan *discordgo.Ready, 1)
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		select {
		case ready <- r:
		default:
		}
	})
	if setup != nil {
		setup(s)
	}
	errc := make(chan error, 1)
	go func() { errc <- s.Open() }() // Open waits for READY without a deadline
	if err := recv(t, errc, "Open"); err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, recv(t, ready, "Ready event")
}

// waitHeartbeat waits until s has sent its first heartbeat. discordgo v0.29.0
// reconnects twice (closing the new connection) if the gateway closes before that.
func waitHeartbeat(t *testing.T, s *discordgo.Session) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		s.RLock()
		ready := s.DataReady
		s.RUnlock()
		if ready {
			return
		}
	}
	t.Fatal("no heartbeat")
}

func command(id, token, name string) map[string]any {
	return map[string]any{
		"id": id, "token": token, "type": 2, "version": 1,
		"application_id": AppID, "guild_id": "4000", "channel_id": ChannelID,
		"member": map[string]any{"user": map[string]any{"id": "5000", "username": "alice"}, "permissions": "0"},
		"data": map[string]any{"id": "6000", "name": name, "type": 1, "options": []map[string]any{
			{"name": "question", "type": 3, "value": "how high?"},
		}},
	}
}

func TestInteractionRoundTrip(t *testing.T) {
	srv := New(t)
	ctx := ctxT(t)
	type seen struct {
		name, question, user string
		err                  error
	}
	got := make(chan seen, 4)
	s, ready := open(t, srv, func(s *discordgo.Session) {
		s.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
			if i.Type != discordgo.InteractionApplicationCommand {
				return
			}
			d := i.ApplicationCommandData()
			v := seen{name: d.Name, question: d.Options[0].StringValue(), user: i.Member.User.ID}
			if i.ID == "2001" {
				v.err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Content: "pong"},
				})
			} else {
				v.err = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
				})
				if v.err == nil {
					_, v.err = s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: ptr("done")})
				}
				if v.err == nil {
					_, v.err = s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "more"})
				}
			}
			got <- v
		})
	})
	if ready.User.ID != BotUserID || ready.Application == nil || ready.Application.ID != AppID {
		t.Fatalf("READY user %+v application %+v", ready.User, ready.Application)
	}
	id, err := srv.WaitIdentify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.Token != "Bot test-token" || !id.Compress {
		t.Fatalf("IDENTIFY token %q compress %v", id.Token, id.Compress)
	}

	if err := srv.SendInteraction(command("2001", "tok-1", "ask")); err != nil {
		t.Fatal(err)
	}
	v := recv(t, got, "handler")
	if v.err != nil || v.name != "ask" || v.question != "how high?" || v.user != "5000" {
		t.Fatalf("handler saw %+v", v)
	}
	cb, err := srv.WaitCallback(ctx, "2001")
	if err != nil {
		t.Fatal(err)
	}
	if cb.Type != discordgo.InteractionResponseChannelMessageWithSource || cb.Content() != "pong" || cb.Token != "tok-1" {
		t.Fatalf("callback %+v (%s)", cb, cb.Raw)
	}

	// Deferred reply, edit of @original and a follow-up.
	if err := srv.SendInteraction(command("2002", "tok-2", "ask")); err != nil {
		t.Fatal(err)
	}
	if v := recv(t, got, "handler"); v.err != nil {
		t.Fatalf("deferred flow: %v", v.err)
	}
	if cb, err := srv.WaitCallback(ctx, "2002"); err != nil || cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("deferred callback %+v, %v", cb, err)
	}
	if e, err := srv.WaitEdit(ctx, "tok-2"); err != nil || e.Content() != "done" {
		t.Fatalf("edit %s, %v", e.Raw, err)
	}
	if f, err := srv.WaitFollowup(ctx, "tok-2"); err != nil || f.Content() != "more" {
		t.Fatalf("follow-up %s, %v", f.Raw, err)
	}

	// Bulk overwrite of guild commands gets ids back.
	cmds, err := s.ApplicationCommandBulkOverwrite(AppID, "4000", []*discordgo.ApplicationCommand{{Name: "ask", Description: "Ask"}})
	if err != nil || len(cmds) != 1 || cmds[0].ID == "" || cmds[0].GuildID != "4000" {
		t.Fatalf("bulk overwrite %+v, %v", cmds, err)
	}
	raw, guild, err := srv.Commands(ctx)
	var sent []map[string]any
	if err != nil || guild != "4000" || json.Unmarshal(raw, &sent) != nil || sent[0]["name"] != "ask" {
		t.Fatalf("commands %s guild %q, %v", raw, guild, err)
	}
	if u, err := s.User("@me"); err != nil || u.ID != BotUserID {
		t.Fatalf("users/@me %+v, %v", u, err)
	}
	if un := srv.Unexpected(); len(un) != 0 {
		t.Fatalf("unexpected requests: %v", un)
	}
	if _, err := s.Channel("1"); err == nil || len(srv.Unexpected()) != 1 {
		t.Fatalf("unknown route: err %v, unexpected %v", err, srv.Unexpected())
	}
}

func TestCallbackErrors(t *testing.T) {
	srv := New(t)
	srv.FailCallback("3001", http.StatusNotFound, 10062, "Unknown interaction")
	errs := make(chan error, 4)
	s, _ := open(t, srv, func(s *discordgo.Session) {
		s.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
			errs <- s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: "pong"},
			})
		})
	})
	wantCode := func(err error, status, code int) {
		t.Helper()
		var re *discordgo.RESTError
		if !errors.As(err, &re) || re.Response.StatusCode != status || re.Message == nil || re.Message.Code != code {
			t.Fatalf("got %v, want REST error %d code %d", err, status, code)
		}
	}
	if err := srv.SendInteraction(command("3001", "tok-3", "ask")); err != nil {
		t.Fatal(err)
	}
	wantCode(recv(t, errs, "respond error"), http.StatusNotFound, 10062)
	time.Sleep(50 * time.Millisecond)
	if n := srv.Calls("POST /api/v9/interactions/3001/"); n != 1 {
		t.Fatalf("callback calls = %d, want 1", n)
	}

	// Natural errors: second acknowledgement, unknown interaction.
	if err := srv.SendInteraction(command("3002", "tok-4", "ask")); err != nil {
		t.Fatal(err)
	}
	if err := recv(t, errs, "respond"); err != nil {
		t.Fatal(err)
	}
	again := s.InteractionRespond(&discordgo.Interaction{ID: "3002", Token: "tok-4"},
		&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	wantCode(again, http.StatusBadRequest, 40060)
	unknown := s.InteractionRespond(&discordgo.Interaction{ID: "9999", Token: "x"},
		&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	wantCode(unknown, http.StatusNotFound, 10062)

	// Injected failures on other routes and latency.
	srv.FailRoute(http.MethodPatch, "/api/v9/webhooks/", http.StatusNotFound, 10008, "Unknown Message")
	srv.SetLatency(100 * time.Millisecond)
	start := time.Now()
	_, err := s.InteractionResponseEdit(&discordgo.Interaction{AppID: AppID, Token: "tok-4"}, &discordgo.WebhookEdit{Content: ptr("x")})
	wantCode(err, http.StatusNotFound, 10008)
	if time.Since(start) < 100*time.Millisecond {
		t.Fatal("latency not applied")
	}

	// An interaction without application_id gives an empty path segment: unexpected route.
	_, err = s.FollowupMessageCreate(&discordgo.Interaction{Token: "tok-4"}, true, &discordgo.WebhookParams{Content: "x"})
	if un := srv.Unexpected(); err == nil || len(un) != 1 || un[0] != "POST /api/v9/webhooks//tok-4" {
		t.Fatalf("follow-up without app ID: %v, unexpected %v", err, un)
	}
}

func TestCloseGatewayDiscordgo(t *testing.T) {
	srv := New(t)
	gone := make(chan struct{}, 1)
	s, _ := open(t, srv, func(s *discordgo.Session) {
		s.ShouldReconnectOnError = false
		s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
			select {
			case gone <- struct{}{}:
			default:
			}
		})
	})
	waitHeartbeat(t, s)
	srv.CloseGateway(4004, "Authentication failed")
	recv(t, gone, "Disconnect event")
	if err := srv.Dispatch("TYPING_START", map[string]any{}); !errors.Is(err, ErrNoSession) {
		t.Fatalf("Dispatch after close: %v", err)
	}
	if n := srv.Connections(); n != 1 {
		t.Fatalf("connections = %d, want 1", n)
	}
}

func TestResume(t *testing.T) {
	srv := New(t)
	resumed := make(chan struct{}, 1)
	errs := make(chan error, 1)
	s, _ := open(t, srv, func(s *discordgo.Session) {
		s.AddHandler(func(*discordgo.Session, *discordgo.Resumed) { resumed <- struct{}{} })
		s.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
			errs <- s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
		})
	})
	waitHeartbeat(t, s)
	srv.CloseGateway(4000, "Unknown error")
	recv(t, resumed, "Resumed event")
	if err := srv.SendInteraction(command("7001", "tok-7", "ask")); err != nil {
		t.Fatal(err)
	}
	if err := recv(t, errs, "respond"); err != nil {
		t.Fatal(err)
	}
	if n := srv.Connections(); n != 2 {
		t.Fatalf("connections = %d, want 2", n)
	}
}

// TestGatewayFrames checks the raw script and close code with a plain websocket
// client, and that the server leaves no goroutines behind.
func TestGatewayFrames(t *testing.T) {
	before := runtime.NumGoroutine()
	var idle *websocket.Conn // left open: the server's cleanup must end its handler
	t.Run("script", func(t *testing.T) {
		srv := New(t)
		ws, _, err := websocket.DefaultDialer.Dial(srv.GatewayURL()+"/?v=10&encoding=json", nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ws.Close()
		read := func() (f struct {
			Op int
			S  int64
			T  string
			D  json.RawMessage
		}) {
			t.Helper()
			_ = ws.SetReadDeadline(time.Now().Add(5 * time.Second))
			mt, msg, err := ws.ReadMessage()
			if err != nil || mt != websocket.TextMessage || json.Unmarshal(msg, &f) != nil {
				t.Fatalf("read: type %d %s %v", mt, msg, err)
			}
			return f
		}
		if f := read(); f.Op != 10 || string(f.D) != `{"heartbeat_interval":41250}` {
			t.Fatalf("HELLO %+v", f)
		}
		_ = ws.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": "Bot x", "intents": 0}})
		if f := read(); f.Op != 0 || f.T != "READY" || f.S != 1 {
			t.Fatalf("READY %+v", f)
		}
		_ = ws.WriteJSON(map[string]any{"op": 1, "d": 1})
		if f := read(); f.Op != 11 {
			t.Fatalf("ACK %+v", f)
		}
		if err := srv.Dispatch("TYPING_START", map[string]any{}); err != nil {
			t.Fatal(err)
		}
		if f := read(); f.T != "TYPING_START" || f.S != 2 {
			t.Fatalf("dispatch %+v", f)
		}
		srv.CloseGateway(4004, "Authentication failed")
		_, _, err = ws.ReadMessage()
		var ce *websocket.CloseError
		if !errors.As(err, &ce) || ce.Code != 4004 || ce.Text != "Authentication failed" {
			t.Fatalf("close: %v", err)
		}
		if idle, _, err = websocket.DefaultDialer.Dial(srv.GatewayURL(), nil); err != nil {
			t.Fatal(err)
		}
		if _, _, err = idle.ReadMessage(); err != nil || srv.Connections() != 2 {
			t.Fatalf("second connection: %v, %d connections", err, srv.Connections())
		}
	})
	if idle != nil {
		defer idle.Close()
	}
	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Fatalf("goroutines: %d before, %d after\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}

func ptr[T any](v T) *T { return &v }
