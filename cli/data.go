package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"coach/domain"
	"coach/exchange"
	"coach/safefile"
	"coach/sanitize"
	"coach/store"
)

func exportCmd(a *app) *cobra.Command {
	var format, out string
	var force bool
	cmd := &cobra.Command{
		Use:     "export",
		Short:   "Write every record as JSON (the import format), markdown or CSV",
		Example: "  coach export -o coach.json\n  coach export --format markdown > journal.md",
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			write, err := exportWriter(format)
			if err != nil {
				return err
			}
			st, err := a.existing()
			if err != nil {
				return err
			}
			ds, err := st.Dump()
			if err != nil {
				return err
			}
			toStdout := out == "" || out == "-"
			// A large export draws a progress bar on stderr when that is a
			// terminal, unless the data itself is going to the terminal.
			const barRecords = 10000
			var bar *exchange.Bar
			if n := ds.Len(); n > barRecords &&
				!(toStdout && exchange.IsTerminal(a.Stdout)) {
				label := "exporting"
				if !toStdout {
					label += " to " + filepath.Base(out)
				}
				bar = exchange.TerminalBar(a.Stderr, label, int64(n), false)
			}
			defer bar.Finish()
			if toStdout {
				bw := bufio.NewWriter(a.Stdout)
				if err := write(bw, ds, a, bar.Records); err != nil {
					return err
				}
				return bw.Flush()
			}
			return writeFileAtomic(out, force, func(w io.Writer) error { return write(w, ds, a, bar.Records) })
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "json, markdown or csv")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite FILE if it exists")
	return cmd
}

type exportFunc func(io.Writer, domain.Dataset, *app, exchange.Progress) error

func exportWriter(format string) (exportFunc, error) {
	switch strings.ToLower(format) {
	case "json":
		return func(w io.Writer, ds domain.Dataset, a *app, p exchange.Progress) error {
			return exchange.WriteJSON(w, ds, a.Now(), p)
		}, nil
	case "markdown", "md":
		return func(w io.Writer, ds domain.Dataset, _ *app, p exchange.Progress) error {
			return exchange.WriteMarkdown(w, ds, p)
		}, nil
	case "csv":
		return func(w io.Writer, ds domain.Dataset, _ *app, p exchange.Progress) error {
			return exchange.WriteCSV(w, ds, p)
		}, nil
	}
	return nil, usagef("unknown export format %q: want json, markdown or csv", format)
}

// writeFileAtomic writes a private file (0600) under a fresh temporary
// name and moves it into place, refusing to replace anything at path
// unless force (see safefile.Plan).
func writeFileAtomic(path string, force bool, write func(io.Writer) error) error {
	out, err := safefile.Plan(path, force)
	if err == nil {
		err = out.Write(func(f *os.File) error { return writeBuffered(f, write) })
	}
	var exists *safefile.ExistsError
	if err != nil && !errors.As(err, &exists) {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return err
}

// writeBuffered runs write through a buffer into f (safefile syncs it).
func writeBuffered(f *os.File, write func(io.Writer) error) error {
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

func importCmd(a *app) *cobra.Command {
	var replace, dry bool
	var from, competency string
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Read a JSON export into the database, or add another tool's data with --from",
		Example: `  coach import coach-2026-11-28.json          # a coach export, into an empty journal
  coach import --from taskwarrior tasks.json    # task export: adds to the journal
  coach import --from harsh ~/.config/harsh --dry-run
  coach import --from jrnl journal.json         # jrnl --export json: days become reflections`,
		Args: exactArgs(1, "an export file (or, with --from, the other tool's file or folder)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			flags := cmd.Flags()
			if flags.Changed("from") {
				if replace {
					return usagef("--replace is for coach's own exports: an import --from adds to the journal")
				}
				return a.importFrom(from, args[0], competency, dry)
			}
			if dry || flags.Changed("competency") {
				return usagef("--dry-run and --competency go with --from")
			}
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			f, err := os.Open(args[0])
			if err != nil {
				return fmt.Errorf("cannot read %s: %w", args[0], err)
			}
			defer f.Close()
			// A large file draws a progress bar on stderr when that is a
			// terminal; on a pipe nothing extra is written.
			const barBytes = 2 << 20
			var bar *exchange.Bar
			if fi, err := f.Stat(); err == nil && fi.Size() > barBytes {
				bar = exchange.TerminalBar(a.Stderr, fmt.Sprintf(ui.CLI.Importing, filepath.Base(args[0])), fi.Size(), true)
			}
			defer bar.Finish()
			// The messages quote the file's text: keep them short and
			// free of anything a terminal would obey.
			name := sanitize.Line(args[0])
			failed := func(err error) error {
				return fmt.Errorf("%s: %w; nothing was imported", name, clipped(err, 300))
			}
			ds, err := exchange.ReadJSON(bar.Reader(f))
			if err != nil {
				return failed(err)
			}
			// Checked before the database is opened, so that a bad file
			// does not even create one; Import checks again (about 5% of
			// a ten-year import) because it must never trust its input.
			bar.Note(ui.CLI.Checking)
			if _, err := domain.CleanDataset(ds); err != nil {
				return failed(err)
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			bar.Note(ui.CLI.Writing)
			kept, err := st.Import(ds, replace)
			if err != nil {
				return failed(err)
			}
			bar.Note(ui.CLI.Finished)
			bar.Finish()
			if kept != "" {
				a.eprintf(ui.CLI.Kept+"\n", kept)
			}
			a.printf(ui.CLI.Imported+"\n",
				len(ds.Goals), len(ds.Tasks), len(ds.CheckIns), len(ds.Reflections), len(ds.Reviews))
			return nil
		},
	}
	cmd.Flags().BoolVar(&replace, "replace", false, "replace the records already in the database (a backup is written first)")
	cmd.Flags().StringVar(&from, "from", "", "another tool's data to add: "+importSources())
	cmd.Flags().BoolVar(&dry, "dry-run", false, "with --from: say what would be added, skipped and approximated, and write nothing")
	cmd.Flags().StringVar(&competency, "competency", "", "with --from: the competency of what is added (default learning)")
	return cmd
}

func backupCmd(a *app) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "backup FILE",
		Short: "Copy the database to FILE while it stays in use",
		Args:  exactArgs(1, "a file to write"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			st, err := a.existing()
			if err != nil {
				return err
			}
			if err := st.Backup(args[0], force); err != nil {
				return err
			}
			a.printf(ui.CLI.BackedUp+"\n", st.Path(), args[0])
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite FILE if it exists")
	return cmd
}

func restoreCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "restore FILE",
		Short: "Replace the database with a backup (checked first; the current one is kept)",
		Args:  exactArgs(1, "a backup file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			p, err := a.dbPath()
			if err != nil {
				return err
			}
			// not a.store(): the file there may be damaged or foreign,
			// and restore is the way out of that
			kept, err := store.At(p, store.WithClock(a.clock), store.WithWallClock(a.Now)).Restore(args[0])
			if err != nil {
				return err
			}
			if kept != "" {
				a.eprintf(ui.CLI.Kept+"\n", kept)
			}
			a.printf(ui.CLI.Restored+"\n", p, args[0])
			return nil
		},
	}
}

func checkCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Check the database file and the records in it",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			st, err := a.existing()
			if err != nil {
				return err
			}
			problems, err := st.Check()
			if err != nil {
				return err
			}
			for _, p := range problems {
				a.printf("%s\n", p)
			}
			if len(problems) > 0 {
				return fmt.Errorf("%s has %d problem(s): restore a backup with coach restore FILE", st.Path(), len(problems))
			}
			a.printf(ui.CLI.Fine+"\n", st.Path())
			return nil
		},
	}
}
