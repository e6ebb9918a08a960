package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"coach/domain"
	"coach/exchange"
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
			st, err := a.store()
			if err != nil {
				return err
			}
			ds, err := st.Dump()
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				bw := bufio.NewWriter(a.Stdout)
				if err := write(bw, ds, a); err != nil {
					return err
				}
				return bw.Flush()
			}
			return writeFileAtomic(out, force, func(w io.Writer) error { return write(w, ds, a) })
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "json, markdown or csv")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite FILE if it exists")
	return cmd
}

type exportFunc func(io.Writer, domain.Dataset, *app) error

func exportWriter(format string) (exportFunc, error) {
	switch strings.ToLower(format) {
	case "json":
		return func(w io.Writer, ds domain.Dataset, a *app) error { return exchange.WriteJSON(w, ds, a.Now()) }, nil
	case "markdown", "md":
		return func(w io.Writer, ds domain.Dataset, _ *app) error { return exchange.WriteMarkdown(w, ds) }, nil
	case "csv":
		return func(w io.Writer, ds domain.Dataset, _ *app) error { return exchange.WriteCSV(w, ds) }, nil
	}
	return nil, usagef("unknown export format %q: want json, markdown or csv", format)
}

// writeFileAtomic writes a private file (0600) under a temporary name and
// renames it into place, refusing to replace an existing file unless force.
func writeFileAtomic(path string, force bool, write func(io.Writer) error) error {
	if _, err := os.Stat(path); err == nil && !force {
		return fmt.Errorf("%s already exists: use --force to overwrite it", path)
	}
	tmp := path + ".partial"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

func importCmd(a *app) *cobra.Command {
	var replace bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Read a JSON export into the database (checked whole before anything is written)",
		Args:  exactArgs(1, "an export file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return fmt.Errorf("cannot read %s: %w", args[0], err)
			}
			defer f.Close()
			ds, err := exchange.ReadJSON(bufio.NewReader(f))
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if _, err := domain.CleanDataset(ds); err != nil {
				return fmt.Errorf("%s: %w; nothing was imported", args[0], err)
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			empty, err := st.IsEmpty()
			if err != nil {
				return err
			}
			if !empty && !replace {
				return fmt.Errorf("%s already holds records: use --replace to overwrite them (a backup is kept)", st.Path())
			}
			if !empty {
				kept := st.KeepName("import")
				if err := st.Backup(kept, false); err != nil {
					return err
				}
				fmt.Fprintf(a.Stderr, "kept the previous database as %s\n", kept)
			}
			if err := st.Load(ds, replace); err != nil {
				return fmt.Errorf("%s: %w; nothing was imported", args[0], err)
			}
			a.printf("imported %d goals, %d tasks, %d check-ins, %d reflections, %d reviews\n",
				len(ds.Goals), len(ds.Tasks), len(ds.CheckIns), len(ds.Reflections), len(ds.Reviews))
			return nil
		},
	}
	cmd.Flags().BoolVar(&replace, "replace", false, "replace the records already in the database (a backup is written first)")
	return cmd
}

func backupCmd(a *app) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "backup FILE",
		Short: "Copy the database to FILE while it stays in use",
		Args:  exactArgs(1, "a file to write"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.store()
			if err != nil {
				return err
			}
			if err := st.Backup(args[0], force); err != nil {
				return err
			}
			a.printf("backed up %s to %s\n", st.Path(), args[0])
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
			p, err := a.dbPath()
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			kept, err := st.Restore(args[0])
			if err != nil {
				return err
			}
			if kept != "" {
				fmt.Fprintf(a.Stderr, "kept the previous database as %s\n", kept)
			}
			a.printf("restored %s from %s\n", p, args[0])
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
			st, err := a.store()
			if err != nil {
				return err
			}
			problems, err := st.Check()
			if err != nil {
				return err
			}
			for _, p := range problems {
				fmt.Fprintln(a.Stdout, p)
			}
			if len(problems) > 0 {
				return fmt.Errorf("%s has %d problem(s): restore a backup with coach restore FILE", st.Path(), len(problems))
			}
			a.printf("%s is fine\n", st.Path())
			return nil
		},
	}
}
