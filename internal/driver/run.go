package driver

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/types"
	"io"
	"net/url"
	"os"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// The runner applies the analyzer, and those it requires, to each named
// package as soon as the loader has type-checked it, as x/tools' checker
// does once every package is loaded, and with the same graph of actions:
// it returns a checker.Graph, so that the output (text, JSON, fixes) is the
// checker's. An analyzer with facts runs on each named package's named
// imports and learns their facts; a dependency from export data comes
// without syntax and is not analyzed (it would analyze no files).

// runOptions are checker.Options's, for the -debug flags.
type runOptions struct {
	sequential  bool      // p: one action at a time
	sanityCheck bool      // s: facts must survive gob encoding
	factLog     io.Writer // f: log each exported fact
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

type packageFactKey struct {
	pkg *types.Package
	typ reflect.Type
}

// action is a checker.Action and what running it needs.
type action struct {
	*checker.Action
	deps         []*action
	once         sync.Once
	done         chan struct{}
	objectFacts  map[objectFactKey]analysis.Fact
	packageFacts map[packageFactKey]analysis.Fact
}

type runner struct {
	opts   runOptions
	graph  checker.Graph                   // the roots in the order of analyzers × pkgs
	roots  map[*packages.Package][]*action // each named package's root actions
	inner  map[*packages.Package][]*action // and the others on it
	serial sync.Mutex                      // held by each action with -debug=p
	// cpu is held by each running action: at most all cores but one
	// run analyses at once, so that the loader's goroutines (one per
	// core) always have a core to share: every later package waits on
	// type-checking, not on the analyses.
	cpu chan struct{}
}

type actionKey struct {
	a   *analysis.Analyzer
	pkg *packages.Package
}

// newRunner builds the graph of actions for analyzers on the named pkgs.
func newRunner(analyzers []*analysis.Analyzer, pkgs []*packages.Package, opts runOptions) (*runner, error) {
	if err := analysis.Validate(analyzers); err != nil {
		return nil, err
	}
	r := &runner{cpu: make(chan struct{}, max(1, runtime.GOMAXPROCS(0)-1)), opts: opts, roots: map[*packages.Package][]*action{}, inner: map[*packages.Package][]*action{}}
	actions := map[actionKey]*action{}
	named := make(map[*packages.Package]bool, len(pkgs))
	for _, p := range pkgs {
		named[p] = true
	}
	var mk func(a *analysis.Analyzer, p *packages.Package) *action
	mk = func(a *analysis.Analyzer, p *packages.Package) *action {
		k := actionKey{a, p}
		if act := actions[k]; act != nil {
			return act
		}
		act := &action{Action: &checker.Action{Analyzer: a, Package: p}, done: make(chan struct{})}
		for _, req := range a.Requires {
			act.deps = append(act.deps, mk(req, p))
		}
		if len(a.FactTypes) > 0 {
			// Facts come from the named imports, the only ones with syntax.
			paths := make([]string, 0, len(p.Imports))
			for path, imp := range p.Imports {
				if named[imp] {
					paths = append(paths, path)
				}
			}
			sort.Strings(paths)
			for _, path := range paths {
				act.deps = append(act.deps, mk(a, p.Imports[path]))
			}
		}
		for _, d := range act.deps {
			act.Deps = append(act.Deps, d.Action)
		}
		actions[k] = act
		return act
	}
	for _, a := range analyzers {
		for _, p := range pkgs {
			act := mk(a, p)
			act.IsRoot = true
			r.roots[p] = append(r.roots[p], act)
			r.graph.Roots = append(r.graph.Roots, act.Action)
		}
	}
	for _, act := range actions {
		if !act.IsRoot {
			r.inner[act.Package] = append(r.inner[act.Package], act)
		}
	}
	return r, nil
}

// start runs the root actions on a type-checked package p, in a goroutine
// that wg counts. The results of the others, which only the roots on p
// need, are dropped once those are done, as the checker drops them at the
// end: an inspector holds as much as the package's syntax, and the
// collector would mark it for the rest of the run.
func (r *runner) start(p *packages.Package, wg *sync.WaitGroup) {
	wg.Go(func() {
		var roots sync.WaitGroup
		for _, act := range r.roots[p] {
			roots.Go(func() { r.exec(act) })
		}
		roots.Wait()
		for _, act := range r.inner[p] {
			act.Result = nil
		}
	})
}

// exec runs act after its dependencies: those on the same package run
// here, those on another wait for that package's own run.
func (r *runner) exec(act *action) {
	act.once.Do(func() {
		defer close(act.done)
		for _, d := range act.deps {
			if d.Package == act.Package {
				r.exec(d)
			}
		}
		for _, d := range act.deps {
			<-d.done
		}
		if r.opts.sequential {
			r.serial.Lock()
			defer r.serial.Unlock()
		}
		r.cpu <- struct{}{}
		defer func() { <-r.cpu }()
		t0 := time.Now()
		r.run(act)
		act.Duration = time.Since(t0)
	})
}

func (r *runner) run(act *action) {
	var failed []string
	for _, d := range act.deps {
		if d.Err != nil {
			failed = append(failed, d.String())
		}
	}
	if failed != nil {
		sort.Strings(failed)
		act.Err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
		return
	}
	inputs := map[*analysis.Analyzer]any{}
	act.objectFacts = map[objectFactKey]analysis.Fact{}
	act.packageFacts = map[packageFactKey]analysis.Fact{}
	for _, d := range act.deps {
		if d.Package == act.Package {
			inputs[d.Analyzer] = d.Result
		} else if err := r.inheritFacts(act, d); err != nil {
			act.Err = err
			return
		}
	}
	p := act.Package
	module := &analysis.Module{}
	if m := p.Module; m != nil {
		module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	exporting := true // the pass may export facts only while it runs
	var badFix error  // the first finding whose fix is malformed
	pass := &analysis.Pass{
		Analyzer:     act.Analyzer,
		Fset:         p.Fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    p.TypesInfo,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       module,
		ResultOf:     inputs,
		Report: func(d analysis.Diagnostic) {
			if err := checkFixes(p.Fset, d.SuggestedFixes); err != nil && badFix == nil {
				badFix = fmt.Errorf("analyzer %s: %v", act.Analyzer.Name, err)
			}
			act.Diagnostics = append(act.Diagnostics, d)
		},
		ImportObjectFact: func(obj types.Object, ptr analysis.Fact) bool {
			if v, ok := act.objectFacts[objectFactKey{obj, factType(ptr)}]; ok {
				reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
				return true
			}
			return false
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if !exporting {
				panic(fmt.Sprintf("%s: Pass.ExportObjectFact(%s, %T) called after Run", act, obj, fact))
			}
			if obj.Pkg() != p.Types {
				panic(fmt.Sprintf("%s: can't set a fact on %s, which belongs to another package", act, obj))
			}
			act.objectFacts[objectFactKey{obj, factType(fact)}] = fact
			if r.opts.factLog != nil {
				fmt.Fprintf(r.opts.factLog, "%s: %s: %s\n", act, obj, fact)
			}
		},
		ImportPackageFact: func(pkg *types.Package, ptr analysis.Fact) bool {
			if v, ok := act.packageFacts[packageFactKey{pkg, factType(ptr)}]; ok {
				reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
				return true
			}
			return false
		},
		ExportPackageFact: func(fact analysis.Fact) {
			if !exporting {
				panic(fmt.Sprintf("%s: Pass.ExportPackageFact(%T) called after Run", act, fact))
			}
			act.packageFacts[packageFactKey{p.Types, factType(fact)}] = fact
			if r.opts.factLog != nil {
				fmt.Fprintf(r.opts.factLog, "%s: package %s: %s\n", act, p.Types.Path(), fact)
			}
		},
		AllObjectFacts: func() []analysis.ObjectFact {
			facts := make([]analysis.ObjectFact, 0, len(act.objectFacts))
			for k, f := range act.objectFacts {
				facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
			return facts
		},
		AllPackageFacts: func() []analysis.PackageFact {
			facts := make([]analysis.PackageFact, 0, len(act.packageFacts))
			for k, f := range act.packageFacts {
				facts = append(facts, analysis.PackageFact{Package: k.pkg, Fact: f})
			}
			return facts
		},
	}
	pass.ReadFile = readFileOf(p)
	defer func() { exporting = false }()

	if p.IllTyped && !act.Analyzer.RunDespiteErrors {
		act.Err = fmt.Errorf("analysis skipped due to errors in package")
		return
	}
	result, err := act.Analyzer.Run(pass)
	if err != nil {
		act.Err = err
		return
	}
	if got, want := reflect.TypeOf(result), act.Analyzer.ResultType; got != want {
		act.Err = fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v", p.Types.Path(), act.Analyzer, got, want)
		return
	}
	if badFix != nil {
		// The checker panics: a driver that applies fixes must not
		// apply this one, and the analyzer has a bug to report.
		act.Err = badFix
		return
	}
	act.Result = result
	for i := range act.Diagnostics {
		u, err := resolveURL(act.Analyzer, act.Diagnostics[i])
		if err != nil {
			act.Err = err
			return
		}
		act.Diagnostics[i].URL = u
	}
}

// inheritFacts copies into act the facts of dep (its own and those it
// inherited) on the objects that the export data of dep's package holds,
// the only ones act's package can reach through it.
func (r *runner) inheritFacts(act, dep *action) error {
	for k, f := range dep.objectFacts {
		if !exportedFrom(k.obj, dep.Package.Types) {
			continue
		}
		if r.opts.sanityCheck {
			copied, err := recode(f)
			if err != nil {
				return fmt.Errorf("%s: fact %T on %s: %v", dep, f, k.obj, err)
			}
			f = copied
		}
		act.objectFacts[k] = f
	}
	for k, f := range dep.packageFacts {
		if r.opts.sanityCheck {
			copied, err := recode(f)
			if err != nil {
				return fmt.Errorf("%s: package fact %T: %v", dep, f, err)
			}
			f = copied
		}
		act.packageFacts[k] = f
	}
	return nil
}

// exportedFrom reports whether obj can be reached through the export data
// of pkg: the package's exported functions and every method, field, type
// and constant it may mention, and its package-level variables (parameters
// cannot be told from them). As the checker filters, generously.
func exportedFrom(obj types.Object, pkg *types.Package) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Signature().Recv() != nil || obj.Exported() && obj.Pkg() == pkg
	case *types.Var:
		return obj.IsField() || obj.Pkg() == pkg
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

// recode encodes f with gob and decodes a copy: a fact that does not
// survive it would not survive go vet's separate processes.
func recode(f analysis.Fact) (analysis.Fact, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(f); err != nil {
		return nil, err
	}
	copy := reflect.New(factType(f).Elem()).Interface().(analysis.Fact)
	if err := gob.NewDecoder(&buf).Decode(copy); err != nil {
		return nil, err
	}
	return copy, nil
}

func factType(f analysis.Fact) reflect.Type {
	t := reflect.TypeOf(f)
	if t.Kind() != reflect.Pointer {
		panic(fmt.Sprintf("invalid Fact type: got %T, want pointer", f))
	}
	return t
}

// readFileOf is Pass.ReadFile: the package's own files, and no other.
func readFileOf(p *packages.Package) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		for _, list := range [][]string{p.CompiledGoFiles, p.GoFiles, p.OtherFiles, p.IgnoredFiles, p.EmbedFiles} {
			if slices.Contains(list, name) {
				return os.ReadFile(name)
			}
		}
		return nil, fmt.Errorf("Pass.ReadFile: %s is not among the package's files", name)
	}
}

// resolveURL is the diagnostic's URL as x/tools resolves it: its own, or
// "#" and its category, relative to the analyzer's.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	raw := d.URL
	if raw == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %v", raw, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %v", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}
