"""Time BigBang's own mbox loading (bigbang/archive.py: open_list_archives(mbox=True) ->
mailbox.mbox -> messages_to_dataframe) plus a per-sender count, for `rightscope participation bench`.

The PyPI wheel bigbang-py 0.4.4 ships without its `ingress`, `analysis` and `visualisation`
subpackages and without `config.yml`, so `import bigbang` fails (ImportError: cannot import name
'ingress'). The modules archive.py imports but does not use on this path are stubbed; the measured
code is BigBang's unchanged. Usage: python bigbang_load.py FILE.mbox
"""
import json
import os
import sys
import time
import types
import importlib.util

site = next(p for p in sys.path if p.endswith("site-packages"))
pkg_dir = os.path.join(site, "bigbang")

def stub(name, **attrs):
    mod = types.ModuleType(name)
    mod.__dict__.update(attrs)
    sys.modules[name] = mod
    return mod

pkg = stub("bigbang")
pkg.__path__ = [pkg_dir]
stub("bigbang.config", CONFIG=types.SimpleNamespace(mail_path="/tmp/", config_path="/tmp/bigbang-config/"))
stub("bigbang.analysis")
stub("bigbang.analysis.utils")
stub("bigbang.analysis.process")
stub("bigbang.analysis.thread", Node=object, Thread=object)
stub("bigbang.ingress")
stub("bigbang.ingress.mailman")
spec = importlib.util.spec_from_file_location("bigbang.archive", os.path.join(pkg_dir, "archive.py"))
archive = importlib.util.module_from_spec(spec)
sys.modules["bigbang.archive"] = archive
spec.loader.exec_module(archive)

path = sys.argv[1]
size = os.path.getsize(path)
start = time.perf_counter()
df = archive.open_list_archives(os.path.basename(path), os.path.dirname(os.path.abspath(path)), mbox=True)
senders = df["From"].value_counts()
seconds = time.perf_counter() - start
print(json.dumps({
    "tool": "bigbang-py 0.4.4 (archive.open_list_archives, mbox=True) + From value_counts",
    "file": path, "bytes": size, "messages": int(len(df)), "senders": int(len(senders)),
    "seconds": seconds, "mb_per_s": size / 1e6 / seconds,
}))
