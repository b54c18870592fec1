"""The hostile corpus in Ruby: a top-level `def total(nums)`, or `class Solution` with that method.

Ruby can fork and signal by itself, and it can reopen anything that is loaded: the driver's own module
and constants included, since the solution is evaluated in the same interpreter after the driver.
"""

from __future__ import annotations

import json

from effx.models import Status

from .attack import (
    ACROSS_RUNS,
    BOMBS,
    BURN_MS,
    CAUGHT,
    DAEMON_PATHS,
    ENVIRONMENT,
    FAKE_RESULT,
    FORGED_RESULT,
    LAUNCHER,
    MEASUREMENT,
    NETWORK,
    OUTPUT,
    PROCESSES,
    READ,
    STACK,
    TIME,
    UNTIMED_CONSTRUCTOR,
    WRITE,
    Attack,
    cross_run_places,
    took_at_least,
)

RB = "ruby"

GOOD = "def total(nums)\n  nums.sum\nend\n"

PRELUDE = """def effx_cpu = Process.times.then { |t| t.utime + t.stime }  # not through Process.clock_gettime

def effx_burn(ms)
  finish = effx_cpu + ms / 1000.0
  nil while effx_cpu < finish
end

def effx_readable(path)
  File.binread(path, 1)
  1
rescue SystemCallError
  0
end

def effx_listable(path)
  Dir.children(path)
  1
rescue SystemCallError
  0
end

def effx_text(path) = (File.binread(path) rescue "")

def effx_writable(path)
  return 0 unless File.file?(path)
  File.open(path, "r+") { 1 }
rescue SystemCallError
  0
end
"""


def _rb(body: str, top: str = "") -> str:
    """A Ruby solution whose `total` runs `body` (which counts into `breaches`) and answers sum + breaches."""
    indented = "\n".join("  " + line for line in body.strip("\n").splitlines())
    return f"{PRELUDE}{top}\ndef total(nums)\n  breaches = 0\n{indented}\n  nums.sum + breaches\nend\n"


STILL_ALIVE = "\nsleep 0.2\nraise 'still alive after the kill'"

DAEMON = f"""pid = fork do
  Process.setsid
  fork do
    300.times do  # 30 s: far longer than the run
      sleep 0.1
      {json.dumps(list(DAEMON_PATHS))}.each {{ |p| File.write(p, "alive") rescue nil }}
    end
    exit!(0)
  end
  exit!(0)
end
Process.wait(pid)"""

CROSS_RUN = f"""if nums.size == 3  # the run's first call
  home = ENV.fetch("HOME", "/nonexistent")
  places = {json.dumps(cross_run_places("effx-left-@TOKEN@-ruby", "$HOME"))}.map {{ |p| p.sub("$HOME", home) }}
  found = places.select {{ |p| File.exist?(p) }}
  raise "an earlier run left #{{found}}" unless found.empty?
  places.each {{ |p| File.write(p, "") rescue nil }}
end"""

ATTACKS = [
    Attack("fork_bomb", RB, BOMBS, _rb("loop { fork { exec('sleep', '60') } rescue nil }"), Status.timeout,
           "forks children that become `sleep 60`, without end and ignoring failures: the process limit caps them, "
           "the clock ends the loop"),
    Attack("thread_bomb", RB, BOMBS, _rb("loop { Thread.new { sleep 60 } }"), Status.runtime_error,
           "starts threads until the process limit refuses one: ThreadError"),
    Attack("memory_bomb", RB, BOMBS, _rb("hog = []\nloop { hog << ('x' * (1 << 24)) }"), Status.memory_limit,
           "allocates 16 MB strings without end"),
    Attack("stdout_bomb", RB, OUTPUT, _rb("line = 'x' * 65536\nloop { $stdout.write(line) }"), Status.output_limit,
           "writes stdout without end"),
    Attack("stack_overflow", RB, STACK, _rb("breaches += down(0)", "def down(n) = down(n + 1) + 1\n"),
           Status.memory_limit, "recurses without end: its frames fill the driver's 256 MB VM stack "
                                "(RUBY_THREAD_VM_STACK_SIZE), which passes the resident limit before SystemStackError"),
    Attack("busy_loop", RB, TIME, _rb("loop {}"), Status.timeout, "spins forever"),
    Attack("daemon", RB, PROCESSES, _rb(f"unless nums.empty?\n{DAEMON}\nend"), Status.ok,
           "double-forks a setsid daemon that writes markers for 30 s"),
    Attack("kill_parent", RB, PROCESSES, _rb("Process.kill(:KILL, Process.ppid)" + STILL_ALIVE),
           Status.runtime_error, "SIGKILLs its parent (the launcher)"),
    Attack("kill_group", RB, PROCESSES, _rb("Process.kill(:KILL, 0)"), Status.runtime_error,
           "SIGKILLs its own process group"),
    Attack("kill_everyone", RB, PROCESSES, _rb("Process.kill(:KILL, -1)" + STILL_ALIVE), Status.runtime_error,
           "SIGKILLs every process it may signal"),
    Attack("network", RB, NETWORK, _rb(
        "require 'socket'\n"
        "breaches += 1 if (Socket.tcp('127.0.0.1', @PORT@, connect_timeout: 1).close rescue false) != false\n"
        "breaches += 1 if (UDPSocket.new.send('x', 0, '1.1.1.1', 53) rescue false)\n"
        "breaches += 1 if (Addrinfo.getaddrinfo('example.com', 80) rescue false)\n"
        "breaches += 1 if (UNIXSocket.new('/var/run/docker.sock') rescue false)"),
        Status.ok, "connects to the host's loopback listener, sends UDP out, resolves a name and connects to the "
                   "docker socket: no network, no socket"),
    Attack("read_secrets", RB, READ, _rb(
        "breaches += effx_readable('/etc/shadow') + effx_readable('@EXPECTED@')\n"
        "breaches += effx_listable('@CACHE@') + effx_listable('@HOME_CACHE@') + effx_listable('@BUILD@')\n"
        "breaches += ((Dir.children('/root') rescue []) - ['.bashrc', '.profile']).size\n"
        "own = File.basename(Dir.pwd)\n"
        "others = (Dir.children('@WORK_ROOT@') rescue []) - [own]\n"
        "breaches += others.count { |n| File.directory?(\"@WORK_ROOT@/#{n}\") }"),
        Status.ok, "reads /etc/shadow and the expected outputs; lists /root, the effx cache, the compile cache and "
                   "other runs' work directories"),
    Attack("identity", RB, ENVIRONMENT, _rb(
        "uid = Process.uid\nbreaches += 1 if uid != Process.euid || uid < @UID_LOW@ || uid > @UID_HIGH@\n"
        "breaches += 1 unless effx_text('/proc/self/status').include?(\"CapEff:\\t0000000000000000\")\n"
        "breaches += 1 if ENV.key?('@SECRET_NAME@')\n"
        "breaches += 1 if effx_text(\"/proc/#{Process.ppid}/environ\").include?('@SECRET_NAME@')"),
        Status.ok, "runs as one of the backend's program uids with no capabilities; neither its environment nor "
                   "its parent's holds effx's secret"),
    Attack("poison_cache", RB, WRITE, _rb(
        "# hard links into the compile cache\n"
        "Dir.children('.').each { |n| breaches += effx_writable(n) if File.stat(n).nlink > 1 }\n"
        "breaches += effx_writable('@LAUNCHER@') + effx_writable('@INSIDE_LAUNCHER@')\n"
        "breaches += 1 if (Dir.mkdir('@BUILD@/poison') rescue false)"),
        Status.ok, "opens its staged files (hard links into the compile cache) and the launcher for writing, and "
                   "writes into the compile cache"),
    Attack("parent_memory", RB, LAUNCHER, _rb(
        "breaches += 1 if (File.open(\"/proc/#{Process.ppid}/mem\", 'r+', &:close) rescue false) != false"),
        Status.ok, "opens the launcher's memory for writing"),
    Attack("cache_across_runs", RB, ACROSS_RUNS, _rb(CROSS_RUN), Status.ok,
           "leaves a file in every writable place and fails when a later run finds one: every run must start clean"),
    Attack("clock_patch", RB, MEASUREMENT, _rb(
        f"effx_burn({BURN_MS}) if nums.size == 3",
        "module Process\n  def self.clock_gettime(*) = 0\nend\n"),
        Status.ok, "redefines Process.clock_gettime to return 0 before any call: the driver took the method "
                   "object before loading the solution, so the 300 ms are measured",
        check=took_at_least(BURN_MS / 2)),
    Attack("driver_clock_patch", RB, MEASUREMENT, _rb(
        f"effx_burn({BURN_MS}) if nums.size == 3",
        "FROZEN = EffxDriver::CLOCK.call(Process::CLOCK_MONOTONIC, :nanosecond)\n"
        "EffxDriver.send(:remove_const, :CLOCK)\nEffxDriver.const_set(:CLOCK, ->(*) { FROZEN })\n"),
        Status.measurement_rejected, "replaces the driver's saved clock (the constant EffxDriver::CLOCK, looked "
                                     "up at each reading) with a frozen one, then works 300 ms" + CAUGHT),
    Attack("load_precompute", RB, MEASUREMENT, _rb(
        "return ANSWERS.shift",
        f"require 'json'\nANSWERS = JSON.parse(File.read('cases.json')).map {{ |(a)| a.sum }}\neffx_burn({BURN_MS})\n"),
        Status.ok, "reads cases.json at top level, computes every answer there (300 ms) and only looks them up "
                   "when called: top-level code is timed and added to the first call",
        check=took_at_least(BURN_MS / 2)),
    Attack("constructor_work", RB, MEASUREMENT,
           PRELUDE + "class Solution\n  def initialize = effx_burn(100)\n  def total(nums) = nums.sum\nend\n",
           Status.measurement_rejected, UNTIMED_CONSTRUCTOR),
    Attack("forged_result", RB, MEASUREMENT, _rb(
        f"effx_burn({BURN_MS})\nFile.write('result.json', {json.dumps(FAKE_RESULT)})\nexit!(0)"),
        Status.measurement_rejected, FORGED_RESULT),
]
