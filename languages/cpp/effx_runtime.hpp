// effx C++ driver runtime: the half of every function-task driver that no signature changes.
//
// The driver rendered from driver.cpp.j2 includes this header; effx_runtime.cpp implements it. The runtime
// is plain code that never sees the solution or its ListNode/TreeNode (a solution may define its own),
// so it can be compiled once per compiler into an object file (the C++ plugin's shared build) instead
// of once per program. Everything that depends on the signature or on the solution's types stays in the
// rendered driver. See driver.cpp.j2 for the protocol.
#ifndef EFFX_RUNTIME_HPP
#define EFFX_RUNTIME_HPP

#include <chrono>
#include <cstddef>
#include <ctime>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace effx_driver {

constexpr int kRuntimeError = 1;  // the solution threw, or returned a cyclic list/tree
constexpr int kDriverError = 2;   // cases.json is missing or does not match the signature

// Prints `message` on stderr and exits with `code` at once (no destructors: the solution's state may be
// broken, and the result must not be written).
[[noreturn]] void fail(int code, const std::string& message);

// ---- a minimal JSON value -----------------------------------------------------------------------------

struct Json {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    bool boolean = false;
    std::string text;  // the number's literal text, or the decoded string
    std::vector<Json> items;
    std::vector<std::pair<std::string, Json>> fields;

    // Defined in effx_runtime.cpp, so the driver does not instantiate the containers' code for them.
    Json();
    Json(const Json&);
    Json(Json&&) noexcept;
    Json& operator=(const Json&);
    Json& operator=(Json&&) noexcept;
    ~Json();
};

// ---- JSON -> native, by the declared parameter type ----------------------------------------------------

// Exits with kDriverError: a case argument is not of the declared type (`want` names it).
[[noreturn]] void mismatch(const char* want);

template <class T> struct From;

template <> struct From<int> { static int get(const Json& v); };
template <> struct From<long long> { static long long get(const Json& v); };
template <> struct From<double> { static double get(const Json& v); };
template <> struct From<bool> { static bool get(const Json& v); };
template <> struct From<std::string> { static std::string get(const Json& v); };

// ---- native -> JSON, for the value types every signature shares -------------------------------------

void put(std::string& out, bool v);
void put_signed(std::string& out, long long v);
void put_unsigned(std::string& out, unsigned long long v);
void put_float(std::string& out, double v);  // NaN and infinities as Python's json writes them
template <class T, typename std::enable_if<std::is_integral<T>::value && std::is_signed<T>::value, int>::type = 0>
void put(std::string& out, T v) { put_signed(out, (long long)v); }
template <class T, typename std::enable_if<std::is_integral<T>::value && !std::is_signed<T>::value, int>::type = 0>
void put(std::string& out, T v) { put_unsigned(out, (unsigned long long)v); }
template <class T, typename std::enable_if<std::is_floating_point<T>::value, int>::type = 0>
void put(std::string& out, T v) { put_float(out, double(v)); }
void put(std::string& out, const std::string& v);
void put(std::string& out, const char* v);
// LeetCode serialises a `char` as a one-character string (e.g. a `vector<vector<char>>` board).
void put(std::string& out, char v);

// ---- linked lists and trees, through the driver's accessors ------------------------------------------
//
// The node types may be the solution's own, so only the driver touches them: it passes these functions
// small accessors, and the runtime does the walking (LeetCode's array forms, cycle checks).

using MakeNode = void* (*)(int val);                          // `new Node(val)`
using LinkNext = void (*)(void* node, void* next);            // `node->next = next`
using LinkChild = void (*)(void* node, int side, void* child);  // `node->left` (side 0) or `->right` = child
using NextOf = void* (*)(void* node);                         // `node->next`
using ChildOf = void* (*)(void* node, int side);              // `node->left` (side 0) or `node->right`
using PutValue = void (*)(std::string& out, void* node);      // put(out, node->val)

// A linked list from a JSON array (null: the empty list), built from the back.
void* read_list(const Json& v, MakeNode make, LinkNext link);
// A tree from a LeetCode level-order array with nulls.
void* read_tree(const Json& v, MakeNode make, LinkChild link);
// The list as a JSON array; exits with kRuntimeError when it has a cycle.
void put_list(std::string& out, void* head, NextOf next, PutValue value);
// The tree as a level-order array, trailing nulls trimmed; exits with kRuntimeError on a cycle or a node
// reachable twice.
void put_tree(std::string& out, void* root, ChildOf child, PutValue value);

// Keeps the optimiser from moving work across the clock readings.
template <class T> inline void escape(T& v) { asm volatile("" : : "g"(&v) : "memory"); }

// ---- the case loop -----------------------------------------------------------------------------------

// The parsed cases.json; exits with kDriverError when it is missing, malformed, or not a list.
Json read_cases();

// The arguments of case `c`; exits with kDriverError unless the case is a list of `arity` values.
const std::vector<Json>& case_arguments(const Json& cases, std::size_t c, std::size_t arity);

// A design case, io = [operation names, argument lists]: each operation's index in `names` (0 for the
// constructor, names[0], which must come first and only there), its argument list checked against
// `arities`; exits with kDriverError when the case does not fit.
std::vector<int> design_operations(const std::vector<Json>& io, std::size_t c, const char* const* names,
                                   const std::size_t* arities, std::size_t count);

// Exits with kRuntimeError naming the case: the solution threw `what`.
[[noreturn]] void solution_threw(std::size_t c, const char* what);

// Collects what result.json reports, case by case, and knows the EFFX_SKIP_CALLS mode (read by run_driver
// when the driver starts, before any solution code is called).
class Results {
public:
    // Without `want_outputs` (a measured pass of repeat mode: only the warm-up's outputs are reported) the
    // driver does not convert the returned values, work that no baseline run would account for.
    explicit Results(bool want_outputs = true);
    // EFFX_SKIP_CALLS=1: do everything except calling the solution, and report empty lists (instruction
    // counting subtracts such a run from a full one so start-up and parsing drop out).
    bool skip_calls() const { return skip_; }
    // Whether the returned values are converted (put() into output_slot) in this pass.
    bool want_outputs() const { return want_outputs_; }
    // The outputs list, with a separator appended when case `c` is not the first: put() the value here.
    std::string& output_slot(std::size_t c);
    // Records the clock readings around a case's call (after output_slot).
    void add_times(std::chrono::steady_clock::time_point start, std::chrono::steady_clock::time_point stop,
                   timespec cpu_start, timespec cpu_stop);
    std::string json() const;  // {"outputs": [...], "times_ns": [...], "cpu_times_ns": [...]}
    const std::string& outputs() const { return outputs_; }  // the outputs list's items, comma-separated
    const std::vector<long long>& times() const { return times_; }
    const std::vector<long long>& cpu_times() const { return cpu_times_; }
private:
    bool skip_ = false;
    bool counting_ = false;
    bool want_outputs_ = true;  // under instruction counting varying digits would vary the count
    std::string outputs_;
    std::vector<long long> times_, cpu_times_;
};

// One pass: every case of the parsed cases.json once, in order, recorded in `results`.
using RunPass = void (*)(const Json& cases, Results& results);

// Reads the EFFX_* modes, parses cases.json and runs `run_pass` on a thread with a 256 MB stack (deep
// recursion behaves as on judges with a large stack; on the main thread when no such thread can start),
// writes result.json, and returns main's exit code. One pass, or with EFFX_REPEAT=R ("repeat mode") a
// warm-up pass and R repetitions of K passes, each pass in a fresh fork() of that thread (see
// effx_runtime.cpp).
int run_driver(RunPass run_pass);

}  // namespace effx_driver

#endif  // EFFX_RUNTIME_HPP
