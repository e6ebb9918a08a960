package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// tmuxLauncher runs the program in a window of a tmux server of its own
// and watches the pane through a control-mode client (tmux -C): tmux says
// when the pane prints (%output), and the pane is captured over the same
// connection, so no process is started to poll the screen.
type tmuxLauncher struct {
	screenCheck
	dir    string // holds the server's socket
	sock   string
	client *exec.Cmd
	in     io.WriteCloser
	events chan event // from the client's output, in order
	owed   int        // replies to commands sent and not yet read
}

// event is one thing the control client printed: a notification line, or
// the reply to a command ("%begin" … "%end" or "%error").
type event struct {
	at      time.Time
	note    string   // a notification, such as "%output %3 …"
	isReply bool     // a reply, whose lines are in reply
	reply   []string // the lines of a reply
	failed  bool     // the reply ended in %error
	closed  bool     // the client's output ended
}

// session is the name of the session the windows open in.
const session = "launchtime"

// startTmux starts a server with one idle window the size of the terminal
// and attaches a control client to it.
func startTmux(c screenCheck) (*tmuxLauncher, error) {
	if _, err := exec.LookPath("tmux"); err != nil {
		return nil, errors.New("tmux is not installed (sudo apt-get install tmux)")
	}
	dir, err := os.MkdirTemp("", "launchtime")
	if err != nil {
		return nil, err
	}
	t := &tmuxLauncher{screenCheck: c, dir: dir, sock: filepath.Join(dir, "tmux.sock"), events: make(chan event, 4096)}
	size := []string{"-x", fmt.Sprint(c.width), "-y", fmt.Sprint(c.height)}
	if out, err := exec.Command("tmux", append([]string{"-S", t.sock, "-f", "/dev/null", "new-session", "-d", "-s", session}, append(size, "sleep", "86400")...)...).CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("starting tmux: %v: %s", err, out)
	}
	t.client = exec.Command("tmux", "-S", t.sock, "-C", "attach", "-t", session)
	t.in, _ = t.client.StdinPipe()
	out, _ := t.client.StdoutPipe()
	if err := t.client.Start(); err != nil {
		t.close()
		return nil, err
	}
	go t.read(out)
	// Commands sent before the client is attached find no client.
	if err := t.attached(); err != nil {
		t.close()
		return nil, err
	}
	// A control client has no size until it says one; the windows take it.
	if _, err := t.command(fmt.Sprintf("refresh-client -C %dx%d", c.width, c.height)); err != nil {
		t.close()
		return nil, err
	}
	return t, nil
}

// attached waits for the client to join the session.
func (t *tmuxLauncher) attached() error {
	deadline := time.After(5 * time.Second)
	for {
		e, ok := t.await(deadline)
		switch {
		case !ok:
			return errors.New("tmux -C attach: not attached after 5s")
		case e.closed:
			return errors.New("tmux -C attach ended at once")
		case strings.HasPrefix(e.note, "%session-changed "):
			return nil
		}
	}
}

// read turns the client's output into events. Blocks whose flags are not
// 1 did not answer a command of ours (the attach prints one) and are
// dropped.
func (t *tmuxLauncher) read(out io.Reader) {
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	var block []string
	inBlock, ours := false, false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case !inBlock && strings.HasPrefix(line, "%begin "):
			f := strings.Fields(line)
			inBlock, ours, block = true, len(f) == 4 && f[3] == "1", nil
		case inBlock && (strings.HasPrefix(line, "%end ") || strings.HasPrefix(line, "%error ")):
			inBlock = false
			if ours {
				t.events <- event{at: time.Now(), isReply: true, reply: block, failed: strings.HasPrefix(line, "%error ")}
			}
		case inBlock:
			block = append(block, line)
		default:
			t.events <- event{at: time.Now(), note: line}
		}
	}
	t.events <- event{at: time.Now(), closed: true}
}

// send writes one command to the server; its reply is owed.
func (t *tmuxLauncher) send(cmd string) error {
	if _, err := io.WriteString(t.in, cmd+"\n"); err != nil {
		return err
	}
	t.owed++
	return nil
}

// await is the next event, with the replies read counted, or false once
// the deadline has passed.
func (t *tmuxLauncher) await(deadline <-chan time.Time) (event, bool) {
	select {
	case e := <-t.events:
		if e.isReply {
			t.owed--
		}
		return e, true
	case <-deadline:
		return event{}, false
	}
}

// command sends a command and waits for its reply, passing over the
// notifications and the replies still owed to earlier commands.
func (t *tmuxLauncher) command(cmd string) ([]string, error) {
	if err := t.send(cmd); err != nil {
		return nil, err
	}
	deadline := time.After(5 * time.Second)
	for {
		e, ok := t.await(deadline)
		switch {
		case !ok:
			return nil, fmt.Errorf("tmux %s: no reply", cmd)
		case e.closed:
			return nil, fmt.Errorf("tmux %s: the control client ended", cmd)
		case !e.isReply || t.owed > 0:
			continue
		case e.failed:
			return nil, fmt.Errorf("tmux %s: %s", cmd, strings.Join(e.reply, "; "))
		}
		return e.reply, nil
	}
}

// launch opens a window running argv and times its first full frame.
func (t *tmuxLauncher) launch(argv []string) (result, error) {
	args := make([]string, len(argv))
	for i, a := range argv {
		if strings.Contains(a, "'") {
			return result{}, fmt.Errorf("an argument with a single quote cannot go to tmux: %s", a)
		}
		args[i] = "'" + a + "'" // several arguments: tmux runs them without a shell
	}
	start := time.Now()
	reply, err := t.command("new-window -P -F '#{pane_id} #{pane_pid} #{window_id}' -t " + session + " " + strings.Join(args, " "))
	if err != nil {
		return result{}, err
	}
	var pane, window string
	var pid int
	if len(reply) != 1 {
		return result{}, fmt.Errorf("tmux new-window said %q", reply)
	}
	if _, err := fmt.Sscan(reply[0], &pane, &pid, &window); err != nil {
		return result{}, fmt.Errorf("tmux new-window said %q: %v", reply[0], err)
	}

	r, err := t.watch(start, pane, window, pid)
	t.end(pane, window)
	return r, err
}

// watch captures the pane whenever it has printed since the last capture,
// until a capture shows the full frame.
func (t *tmuxLauncher) watch(start time.Time, pane, window string, pid int) (result, error) {
	capture := "capture-pane -p -t " + pane
	// The pane may have printed before its id was known: capture once.
	if err := t.send(capture); err != nil {
		return result{}, err
	}
	printed, screen := false, ""
	deadline := time.After(t.timeout)
	for {
		e, ok := t.await(deadline)
		switch {
		case !ok:
			return result{}, t.notShown("timed out after "+t.timeout.String(), screen)
		case e.closed:
			return result{}, t.notShown("the tmux client ended", screen)
		case e.isReply:
			if e.failed {
				return result{}, t.notShown("the program ended", screen)
			}
			screen = strings.Join(e.reply, "\n")
			if t.full(screen) {
				rss, hwm := memory(pid)
				return result{at: e.at.Sub(start), rss: rss, hwm: hwm}, nil
			}
		case strings.HasPrefix(e.note, "%output "+pane+" "):
			printed = true
		case e.note == "%window-close "+window || e.note == "%unlinked-window-close "+window:
			return result{}, t.notShown("the program ended", screen)
		}
		if printed && t.owed == 0 {
			if err := t.send(capture); err != nil {
				return result{}, err
			}
			printed = false
		}
	}
}

// end asks the program to quit with "q", and closes its window if it has
// not within two seconds.
func (t *tmuxLauncher) end(pane, window string) {
	if _, err := t.command("send-keys -t " + pane + " q"); err != nil {
		return // the window is gone already
	}
	deadline := time.After(2 * time.Second)
	for {
		e, ok := t.await(deadline)
		if !ok {
			_, _ = t.command("kill-window -t " + window)
			return
		}
		if e.closed || e.note == "%window-close "+window || e.note == "%unlinked-window-close "+window {
			return
		}
	}
}

// close stops the server and removes its socket.
func (t *tmuxLauncher) close() {
	_ = exec.Command("tmux", "-S", t.sock, "kill-server").Run()
	if t.client != nil && t.client.Process != nil {
		_ = t.in.Close()
		done := make(chan struct{})
		go func() { _ = t.client.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			_ = t.client.Process.Kill()
			<-done
		}
	}
	os.RemoveAll(t.dir)
}
