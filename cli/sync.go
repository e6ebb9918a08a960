package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"coach/content"
	"coach/gitsync"
	"coach/sanitize"
	"coach/store"
)

// syncCmd is coach sync and its subcommands: one journal on every machine
// through a git remote the user already has.
func syncCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sync",
		Short: "Sync the journal with your other machines through a git remote",
		Long: "coach sync pulls the changes your other devices pushed to the git remote,\n" +
			"merges them field by field (the later edit wins), and pushes this device's.\n" +
			"It runs your git command, so your SSH keys and credential helpers apply.\n" +
			"Set it up once per machine with coach sync init REMOTE.",
		Example: `  coach sync init git@github.com:me/coach-journal.git
  coach sync init /mnt/nas/coach-journal.git --encrypt
  coach sync
  coach sync status`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, ui, err := a.storeWords()
			if err != nil {
				return err
			}
			res, err := gitsync.Sync(cmd.Context(), st, a.syncOptions(false))
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, syncSummary(ui.Sync, res))
			return nil
		},
	}
	cmd.AddCommand(syncInitCmd(a), syncStatusCmd(a))
	return cmd
}

func syncInitCmd(a *app) *cobra.Command {
	var encrypt bool
	cmd := &cobra.Command{
		Use:   "init REMOTE",
		Short: "Set up sync through a git remote (a URL or a path) and sync once",
		Long: "init makes this database a device of the journal at REMOTE. On a new, empty\n" +
			"remote it sends the whole journal; on one your other machines use, it brings\n" +
			"their records and merges this journal's into them (a day written on both keeps\n" +
			"both texts). With --encrypt every file pushed is encrypted with age; the key is\n" +
			"kept in $XDG_CONFIG_HOME/coach/sync.key and must be copied to each machine.",
		Args: exactArgs(1, "the git remote (a URL or a path)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, ui, err := a.storeWords()
			if err != nil {
				return err
			}
			remote := args[0]
			if abs, err := filepath.Abs(remote); err == nil && isLocalRepo(remote) {
				remote = abs // a path stays right wherever coach runs from
			}
			o := a.syncOptions(false)
			res, err := gitsync.Init(cmd.Context(), st, remote, encrypt, o)
			if res.KeyMade {
				fmt.Fprintf(a.Stderr, ui.Sync.KeyMade+"\n", o.KeyFile)
			}
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, syncSummary(ui.Sync, res))
			return nil
		},
	}
	cmd.Flags().BoolVar(&encrypt, "encrypt", false, "encrypt everything pushed with age (a new remote only)")
	return cmd
}

// isLocalRepo reports whether remote names a directory here rather than
// a URL or an scp-like address.
func isLocalRepo(remote string) bool {
	info, err := os.Stat(remote)
	return err == nil && info.IsDir()
}

func syncStatusCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the remote, this device, the others, the last sync and the changes waiting",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.existing()
			if err != nil {
				return err
			}
			rep, err := gitsync.Report(st, a.syncOptions(false))
			if err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(rep)
			}
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			return a.printSyncReport(ui.Sync, rep)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the status as JSON")
	return cmd
}

func (a *app) printSyncReport(ui content.SyncUI, r gitsync.StatusReport) error {
	w := a.Stdout
	if !r.On {
		fmt.Fprintln(w, ui.NotSetUpCLI)
		return nil
	}
	now := a.Now()
	encrypted := ""
	if r.Encrypted {
		encrypted = ui.Encrypted
	}
	fmt.Fprintln(w, ui.Remote+sanitize.Line(r.Remote)+encrypted)
	fmt.Fprintf(w, ui.Device+"\n", r.Device, sanitize.Line(r.Host))
	if len(r.Others) == 0 {
		fmt.Fprintln(w, ui.NoOthers)
	} else {
		fmt.Fprintln(w, ui.Others)
		sort.Slice(r.Others, func(i, j int) bool { return r.Others[i].Device < r.Others[j].Device })
		for _, d := range r.Others {
			host := d.Host
			if host == "" {
				host = "?"
			}
			fmt.Fprintf(w, ui.Applied+"\n", d.Device, sanitize.Line(host), d.Applied)
		}
	}
	switch {
	case r.LastAt.IsZero():
		fmt.Fprintln(w, ui.LastSync+ui.NeverRun)
	case r.LastError != "":
		fmt.Fprintln(w, ui.LastSync+fmt.Sprintf(ui.FailedLast, ago(ui, now, r.LastAt), sanitize.Line(r.LastError)))
	default:
		fmt.Fprintln(w, ui.LastSync+ago(ui, now, r.LastAt))
	}
	fmt.Fprintf(w, ui.Pending+"\n", count(r.Waiting, ui.ChangeOne, ui.Changes))
	return nil
}

// syncSummary is the line a sync ends with.
func syncSummary(ui content.SyncUI, r gitsync.Result) string {
	return fmt.Sprintf(ui.Summary, count(r.Sent, ui.ChangeOne, ui.Changes), count(r.Received, ui.RecordOne, ui.Records))
}

// count writes n with its noun: one form for 1, the other ("%d …") else.
func count(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}

// ago says how long ago t was, to the minute.
func ago(ui content.SyncUI, now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return ui.JustNowCLI
	case d < time.Hour:
		return fmt.Sprintf(ui.MinAgoCLI, int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf(ui.HoursAgoCLI, int(d.Hours()))
	}
	return t.Local().Format("2006-01-02 15:04")
}

// syncOptions are the sync options of this run: the key under the config
// directory, this machine's name, and whether git may use the terminal.
func (a *app) syncOptions(detached bool) gitsync.Options {
	host, _ := os.Hostname()
	return gitsync.Options{KeyFile: a.syncKeyPath(), Host: host, Detached: detached, Now: a.Now}
}

// syncKeyPath is $XDG_CONFIG_HOME/coach/sync.key, or ~/.config/coach/sync.key.
func (a *app) syncKeyPath() string {
	if d := a.Getenv("XDG_CONFIG_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "coach", "sync.key")
	}
	home := a.Getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	return filepath.Join(home, ".config", "coach", "sync.key")
}

// syncFunc is the app's way to sync: nil when sync is not set up here.
func (a *app) syncFunc(st *store.Store) func(context.Context) (gitsync.Result, error) {
	status, err := st.SyncStatus()
	if err != nil || !status.On {
		return nil
	}
	o := a.syncOptions(true)
	return func(ctx context.Context) (gitsync.Result, error) { return gitsync.Sync(ctx, st, o) }
}

// quitSyncTimeout bounds the sync after the app closes: the terminal is
// already the user's again, but they should not wait on a slow remote.
const quitSyncTimeout = 20 * time.Second

// syncOnQuit sends what the app changed, after it closed: silent when it
// works or there is nothing to send, one line when it fails.
func (a *app) syncOnQuit(ctx context.Context, st *store.Store, sync func(context.Context) (gitsync.Result, error)) {
	status, err := st.SyncStatus()
	if err != nil || status.Waiting == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, quitSyncTimeout)
	defer cancel()
	if _, err := sync(ctx); err != nil {
		lang := a.errorLang(nil)
		fmt.Fprintf(a.Stderr, content.Strings(lang).CLI.SyncOnQuitFailed+"\n", sayError(err, lang))
	}
}
