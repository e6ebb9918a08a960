package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"coach/content"
	"coach/demo"
	"coach/store"
)

// demoTUIDays is how much history the throw-away demo app shows.
const demoTUIDays = 120

func demoCmd(a *app, runTUI TUIRunner) *cobra.Command {
	var years float64
	var days int
	var seed int64
	var force bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Try the app on realistic sample data, or write a demo database with --db",
		Long: "Without --db, coach demo opens the full-screen app on a temporary database holding\n" +
			"120 days of a heavy user's history, and removes it afterwards: your own database\n" +
			"(COACH_DB or the default) is never opened.\n\n" +
			"With --db PATH, it writes a fresh database of --years of history (1 by default)\n" +
			"to PATH and exits. An existing file is refused unless --force is given.\n" +
			"The same --seed always gives the same data.",
		Example: "  coach demo\n  coach demo --db /tmp/demo.db --years 10 --seed 42",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			flags := cmd.Flags()
			if flags.Changed("years") && flags.Changed("days") {
				return usagef("use --years or --days, not both")
			}
			if flags.Changed("years") && (years <= 0 || math.IsNaN(years) || years*365.25 > demo.MaxDays) {
				return usagef("invalid --years %v: want more than 0 and at most %d", years, demo.MaxDays/365)
			}
			if flags.Changed("days") && (days < 1 || days > demo.MaxDays) {
				return usagef("invalid --days %d: want 1 to %d", days, demo.MaxDays)
			}
			lang, err := a.lang()
			if err != nil {
				return err
			}
			today, err := a.today()
			if err != nil {
				return err
			}
			opts := demo.Options{Seed: seed, Today: today, Lang: lang, Years: years}
			if flags.Changed("days") {
				opts.Days = days
			} else if a.dbFlag == "" && !flags.Changed("years") {
				opts.Days = demoTUIDays
			}
			if a.dbFlag != "" {
				return writeDemo(a, a.dbFlag, opts, force)
			}
			return runDemo(cmd, a, runTUI, opts)
		},
	}
	cmd.Flags().Float64Var(&years, "years", 1, "years of history to generate (with --db)")
	cmd.Flags().IntVar(&days, "days", 0, fmt.Sprintf("days of history instead of years (default %d without --db)", demoTUIDays))
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed: the same seed gives the same data")
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing database file at --db")
	return cmd
}

// writeDemo writes a fresh demo database to path, through a temporary file
// that is renamed into place only when complete.
func writeDemo(a *app, path string, opts demo.Options, force bool) error {
	began := time.Now()
	switch fi, err := os.Stat(path); {
	case err == nil && fi.IsDir():
		return fmt.Errorf("%s is a directory, not a database file", path)
	case err == nil && fi.Size() > 0 && !force:
		return fmt.Errorf("%s already exists: use --force to replace it with demo data", path)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	ds := demo.Generate(opts)
	tmp := path + ".demo-partial"
	if err := os.Remove(tmp); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot remove the leftover %s: %w", tmp, err)
	}
	st, err := store.Open(tmp, store.WithClock(a.Now))
	if err != nil {
		return err
	}
	if err := st.Load(ds, false); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	size := int64(0)
	if fi, err := os.Stat(path); err == nil {
		size = fi.Size()
	}
	n := opts.PeriodDays()
	a.printf("wrote %s of demo data (%s to %s, seed %d) to %s: %s, %s, %s, %s, %s; %s in %.1fs\n",
		plural(n, "day"), opts.Today.AddDays(1-n), opts.Today, opts.Seed, path,
		plural(len(ds.Goals), "goal"), plural(len(ds.Tasks), "task"), plural(len(ds.CheckIns), "check-in"),
		plural(len(ds.Reflections), "reflection"), plural(len(ds.Reviews), "review"),
		byteSize(size), time.Since(began).Seconds())
	return nil
}

// runDemo opens the app on a temporary database and removes it afterwards.
// COACH_DB is hidden from the app so that nothing can reach the user's data.
func runDemo(cmd *cobra.Command, a *app, runTUI TUIRunner, opts demo.Options) error {
	dir, err := os.MkdirTemp("", "coach-demo-")
	if err != nil {
		return fmt.Errorf("cannot create a temporary directory: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "coach.db")
	st, err := store.Open(path, store.WithClock(a.Now))
	if err != nil {
		return err
	}
	if err := st.Load(demo.Generate(opts), false); err != nil {
		return err
	}
	a.st = st
	getenv := func(k string) string {
		if k == "COACH_DB" {
			return path
		}
		return a.Getenv(k)
	}
	// Closing the terminal (SIGHUP) or a kill (SIGTERM) ends the app through
	// its context, so the temporary database is still removed.
	ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGHUP, syscall.SIGTERM)
	defer stop()
	err = runTUI(ctx, TUIOptions{
		Store: st, Lang: opts.Lang, Getenv: getenv,
		Today: a.todayFunc(),
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(a.Stderr, content.Strings(opts.Lang).CLI.DemoRemoved)
	return nil
}

// byteSize writes a file size for people: 840 KB, 12.3 MB.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
