package cli

import (
	"context"
	"fmt"
	stdio "io"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"coach/content"
	"coach/domain"
	"coach/exchange"
	"coach/gitsync"
	"coach/store"
)

// Version is the program's version, printed by `coach version` and --version.
const Version = "0.1.0"

// TUIOptions is what the full-screen app needs from the command line.
type TUIOptions struct {
	Store  *store.Store
	Lang   content.Lang
	Today  func() domain.Date // re-read on each call, so midnight is noticed
	Getenv func(string) string
	// Sync pulls, merges and pushes through the git remote; nil when sync
	// is not set up. It may take seconds and must run off the UI loop.
	Sync func(context.Context) (gitsync.Result, error)
}

// TUIRunner starts the full-screen app; main wires in the real one.
type TUIRunner func(ctx context.Context, opts TUIOptions) error

// Main runs the program with args (without the program name) and returns
// the exit status: 0 ok, 1 failure, 2 usage error. An error is one line on
// stderr.
func Main(ctx context.Context, args []string, io IO, runTUI TUIRunner) int {
	out := &checkedWriter{w: io.Stdout}
	io.Stdout = out
	a := &app{IO: io}
	root := newRoot(a, runTUI)
	root.SetArgs(args)
	root.SetIn(io.Stdin)
	root.SetOut(io.Stdout)
	root.SetErr(io.Stderr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(Version),
		fang.WithErrorHandler(func(w stdio.Writer, _ fang.Styles, err error) {
			fmt.Fprintf(w, "coach: %s\n", sayError(err, a.errorLang(args)))
		}),
	)
	if err == nil && out.err != nil {
		// the command did its work, but what it said was lost
		err = out.err
		fmt.Fprintf(io.Stderr, "coach: %s\n", sayError(err, a.errorLang(args)))
	}
	return exitCode(err)
}

func newRoot(a *app, runTUI TUIRunner) *cobra.Command {
	root := &cobra.Command{
		Use:   "coach",
		Short: "A terminal coach for a programmer's long-term growth",
		Long: "coach turns a handbook on lasting career competitiveness into a daily habit:\n" +
			"check in on today's study tasks and habits, keep goals in six competencies,\n" +
			"reflect each evening, review each week, and read the guide offline.\n\n" +
			"Run it without a command to open the full-screen app.",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.store()
			if err != nil {
				return err
			}
			lang, err := a.lang()
			if err != nil {
				return err
			}
			if _, err := a.today(); err != nil {
				return err
			}
			a.appStarts()
			defer a.appEnded()
			sync := a.syncFunc(st)
			err = runTUI(cmd.Context(), TUIOptions{
				Store: st, Lang: lang, Getenv: a.Getenv,
				Today: a.todayFunc(), Sync: sync,
			})
			if err == nil && sync != nil {
				a.syncOnQuit(cmd.Context(), st, sync)
			}
			return err
		},
	}
	root.PersistentFlags().StringVar(&a.dbFlag, "db", "", "database file (default $COACH_DB or $XDG_DATA_HOME/coach/coach.db)")
	root.PersistentFlags().StringVar(&a.langFlag, "lang", "", "language of content and interface: en or zh (default $COACH_LANG or the locale)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddGroup(&cobra.Group{ID: "daily", Title: "Daily use"}, &cobra.Group{ID: "data", Title: "Your data"}, &cobra.Group{ID: "read", Title: "Reading"})
	for _, c := range []*cobra.Command{todayCmd(a), addCmd(a), doneCmd(a), undoneCmd(a), tasksCmd(a), editCmd(a), rmCmd(a), goalsCmd(a), goalCmd(a), reflectCmd(a), logCmd(a), reviewCmd(a), recallCmd(a), statsCmd(a), statusCmd(a)} {
		c.GroupID = "daily"
		root.AddCommand(c)
	}
	for _, c := range []*cobra.Command{exportCmd(a), importCmd(a), syncCmd(a), backupCmd(a), restoreCmd(a), checkCmd(a), demoCmd(a, runTUI)} {
		c.GroupID = "data"
		root.AddCommand(c)
	}
	for _, c := range []*cobra.Command{guideCmd(a), faqCmd(a)} {
		c.GroupID = "read"
		root.AddCommand(c)
	}
	root.AddCommand(versionCmd(a))
	addCompletions(root, a)
	root.SetFlagErrorFunc(flagError)
	return root
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		if cmd.HasSubCommands() {
			return usagef("unknown command %q; see coach --help", args[0])
		}
		return usagef("%s takes no arguments (got %q)", cmd.Name(), args[0])
	}
	return nil
}

func versionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			a.printf("coach %s (schema %d, export format %d)\n", Version, store.SchemaVersion, exchange.Version)
			return nil
		},
	}
}
