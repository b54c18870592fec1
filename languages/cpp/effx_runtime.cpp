// effx C++ driver runtime (see effx_runtime.hpp): JSON reading and writing, the case bookkeeping, the
// big-stack thread and the result file. Compiled with exactly the flags of the solution's compile, either
// once per compiler by the C++ plugin's shared build or along with the program when that is absent.
#include "effx_runtime.hpp"

#include <pthread.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

namespace effx_driver {

void fail(int code, const std::string& message) {
    std::fprintf(stderr, "%s\n", message.c_str());
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

// ---- the JSON parser -----------------------------------------------------------------------------------

namespace {

struct Parser {
    const std::string& s;
    size_t i = 0;

    [[noreturn]] void error(const char* what) {
        fail(kDriverError, std::string("effx: driver error: cases.json: ") + what + " at byte " + std::to_string(i));
    }
    void skip() { while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i; }
    bool literal(const char* word) {
        size_t n = std::strlen(word);
        if (s.compare(i, n, word) != 0) return false;
        i += n;
        return true;
    }
    static void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) { out += char(cp); }
        else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
        }
    }
    unsigned hex4() {
        if (i + 4 > s.size()) error("truncated \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = s[i++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
            else error("bad \\u escape");
        }
        return v;
    }
    std::string string_body() {
        std::string out;
        ++i;  // opening quote
        while (true) {
            if (i >= s.size()) error("unterminated string");
            char c = s[i++];
            if (c == '"') return out;
            if (c != '\\') { out += c; continue; }
            if (i >= s.size()) error("unterminated escape");
            char e = s[i++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && s.compare(i, 2, "\\u") == 0) {
                        size_t back = i;
                        i += 2;
                        unsigned low = hex4();
                        if (low >= 0xDC00 && low < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        else i = back;
                    }
                    utf8(out, cp);
                    break;
                }
                default: error("bad escape");
            }
        }
    }
    Json value() {
        skip();
        if (i >= s.size()) error("unexpected end");
        Json v;
        char c = s[i];
        if (c == '[') {
            v.kind = Json::Array;
            ++i;
            skip();
            if (i < s.size() && s[i] == ']') { ++i; return v; }
            while (true) {
                v.items.push_back(value());
                skip();
                if (i < s.size() && s[i] == ',') { ++i; continue; }
                if (i < s.size() && s[i] == ']') { ++i; return v; }
                error("expected , or ] in array");
            }
        }
        if (c == '{') {
            v.kind = Json::Object;
            ++i;
            skip();
            if (i < s.size() && s[i] == '}') { ++i; return v; }
            while (true) {
                skip();
                if (i >= s.size() || s[i] != '"') error("expected a key");
                std::string key = string_body();
                skip();
                if (i >= s.size() || s[i] != ':') error("expected :");
                ++i;
                v.fields.emplace_back(key, value());
                skip();
                if (i < s.size() && s[i] == ',') { ++i; continue; }
                if (i < s.size() && s[i] == '}') { ++i; return v; }
                error("expected , or } in object");
            }
        }
        if (c == '"') { v.kind = Json::String; v.text = string_body(); return v; }
        if (literal("true")) { v.kind = Json::Bool; v.boolean = true; return v; }
        if (literal("false")) { v.kind = Json::Bool; return v; }
        if (literal("null")) return v;
        if (literal("NaN")) { v.kind = Json::Number; v.text = "nan"; return v; }
        if (literal("Infinity")) { v.kind = Json::Number; v.text = "inf"; return v; }
        if (literal("-Infinity")) { v.kind = Json::Number; v.text = "-inf"; return v; }
        size_t start = i;
        while (i < s.size() && (std::isdigit((unsigned char)s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.' ||
                                s[i] == 'e' || s[i] == 'E')) ++i;
        if (start == i) error("unexpected character");
        v.kind = Json::Number;
        v.text = s.substr(start, i - start);
        return v;
    }
};

}  // namespace

Json::Json() = default;
Json::Json(const Json&) = default;
Json::Json(Json&&) noexcept = default;
Json& Json::operator=(const Json&) = default;
Json& Json::operator=(Json&&) noexcept = default;
Json::~Json() = default;

// ---- JSON -> native --------------------------------------------------------------------------------------

void mismatch(const char* want) {
    fail(kDriverError, std::string("effx: driver error: a case argument is not ") + want);
}

int From<int>::get(const Json& v) {
    if (v.kind == Json::Bool) return v.boolean;
    if (v.kind != Json::Number) mismatch("an int");
    return int(std::strtoll(v.text.c_str(), nullptr, 10));
}

long long From<long long>::get(const Json& v) {
    if (v.kind == Json::Bool) return v.boolean;
    if (v.kind != Json::Number) mismatch("an int64");
    return std::strtoll(v.text.c_str(), nullptr, 10);
}

double From<double>::get(const Json& v) {
    if (v.kind != Json::Number) mismatch("a float");
    return std::strtod(v.text.c_str(), nullptr);
}

bool From<bool>::get(const Json& v) {
    if (v.kind == Json::Number) return std::strtod(v.text.c_str(), nullptr) != 0;
    if (v.kind != Json::Bool) mismatch("a bool");
    return v.boolean;
}

std::string From<std::string>::get(const Json& v) {
    if (v.kind != Json::String) mismatch("a str");
    return v.text;
}

// ---- native -> JSON --------------------------------------------------------------------------------------

void put(std::string& out, bool v) { out += v ? "true" : "false"; }
void put_signed(std::string& out, long long v) { out += std::to_string(v); }
void put_unsigned(std::string& out, unsigned long long v) { out += std::to_string(v); }

void put_float(std::string& out, double d) {
    if (std::isnan(d)) { out += "NaN"; return; }
    if (std::isinf(d)) { out += d > 0 ? "Infinity" : "-Infinity"; return; }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    out += buf;
    if (std::strpbrk(buf, ".eE") == nullptr) out += ".0";
}

void put(std::string& out, const std::string& v) {
    out += '"';
    for (unsigned char c : v) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += char(c);
                }
        }
    }
    out += '"';
}

void put(std::string& out, const char* v) { put(out, std::string(v)); }
void put(std::string& out, char v) { put(out, std::string(1, v)); }

// ---- linked lists and trees -------------------------------------------------------------------------------

void* read_list(const Json& v, MakeNode make, LinkNext link) {
    if (v.kind == Json::Null) return nullptr;
    if (v.kind != Json::Array) mismatch("a ListNode array");
    void* head = nullptr;
    for (size_t k = v.items.size(); k-- > 0;) {
        void* node = make(From<int>::get(v.items[k]));
        link(node, head);
        head = node;
    }
    return head;
}

void* read_tree(const Json& v, MakeNode make, LinkChild link) {
    if (v.kind == Json::Null) return nullptr;
    if (v.kind != Json::Array) mismatch("a TreeNode level-order array");
    const std::vector<Json>& a = v.items;
    if (a.empty() || a[0].kind == Json::Null) return nullptr;
    void* root = make(From<int>::get(a[0]));
    std::vector<void*> level{root}, next;
    size_t k = 1;
    while (!level.empty() && k < a.size()) {
        next.clear();
        for (void* node : level) {
            for (int side = 0; side < 2; ++side) {
                void* child = nullptr;
                if (k < a.size() && a[k].kind != Json::Null) {
                    child = make(From<int>::get(a[k]));
                    next.push_back(child);
                }
                link(node, side, child);
                ++k;
            }
        }
        level.swap(next);
    }
    return root;
}

void put_list(std::string& out, void* head, NextOf next, PutValue value) {
    std::unordered_set<void*> seen;
    out += '[';
    for (void* node = head; node != nullptr; node = next(node)) {
        if (!seen.insert(node).second) fail(kRuntimeError, "effx: runtime error: the returned linked list has a cycle");
        if (node != head) out += ',';
        value(out, node);
    }
    out += ']';
}

void put_tree(std::string& out, void* root, ChildOf child, PutValue value) {
    std::vector<void*> queue{root};
    std::unordered_set<void*> seen;
    std::vector<std::string> values;
    for (size_t k = 0; k < queue.size(); ++k) {
        void* node = queue[k];
        if (node == nullptr) { values.push_back("null"); continue; }
        if (!seen.insert(node).second)
            fail(kRuntimeError, "effx: runtime error: the returned tree has a cycle or a shared node");
        std::string text;
        value(text, node);
        values.push_back(text);
        queue.push_back(child(node, 0));
        queue.push_back(child(node, 1));
    }
    while (!values.empty() && values.back() == "null") values.pop_back();
    out += '[';
    for (size_t k = 0; k < values.size(); ++k) {
        if (k) out += ',';
        out += values[k];
    }
    out += ']';
}

// ---- the case loop ---------------------------------------------------------------------------------------

Json read_cases() {
    // stdio rather than iostreams: the same bytes, and a third less to compile where this file is compiled
    // with every program
    FILE* in = std::fopen("cases.json", "rb");
    if (in == nullptr) fail(kDriverError, "effx: driver error: cannot open cases.json");
    std::string text;
    char chunk[1 << 16];
    for (size_t n; (n = std::fread(chunk, 1, sizeof chunk, in)) > 0;) text.append(chunk, n);
    std::fclose(in);
    Parser parser{text};
    Json cases = parser.value();
    if (cases.kind != Json::Array)
        fail(kDriverError, "effx: driver error: cases.json must hold a JSON list of argument lists");
    return cases;
}

const std::vector<Json>& case_arguments(const Json& cases, std::size_t c, std::size_t arity) {
    const Json& args = cases.items[c];
    if (args.kind != Json::Array || args.items.size() != arity)
        fail(kDriverError, "effx: driver error: case " + std::to_string(c) + " is not a list of " +
                               std::to_string(arity) + " arguments");
    return args.items;
}

void solution_threw(std::size_t c, const char* what) {
    fail(kRuntimeError, "effx: runtime error in case " + std::to_string(c) + ": " + what);
}

Results::Results() {
    const char* skip_env = std::getenv("EFFX_SKIP_CALLS");
    skip_ = skip_env != nullptr && std::string(skip_env) == "1";
    counting_ = skip_env != nullptr;
}

std::string& Results::output_slot(std::size_t c) {
    if (c) { outputs_ += ','; times_ += ','; cpu_times_ += ','; }
    return outputs_;
}

void Results::add_times(std::chrono::steady_clock::time_point start, std::chrono::steady_clock::time_point stop,
                        timespec cpu_start, timespec cpu_stop) {
    if (counting_) start = stop, cpu_start = cpu_stop;
    times_ += std::to_string(
        (long long)std::chrono::duration_cast<std::chrono::nanoseconds>(stop - start).count());
    cpu_times_ += std::to_string((long long)(cpu_stop.tv_sec - cpu_start.tv_sec) * 1000000000LL +
                                 (cpu_stop.tv_nsec - cpu_start.tv_nsec));
}

std::string Results::json() const {
    return "{\"outputs\":[" + outputs_ + "],\"times_ns\":[" + times_ + "],\"cpu_times_ns\":[" + cpu_times_ + "]}";
}

// ---- main ------------------------------------------------------------------------------------------------

namespace {

struct Job {
    std::string (*run_all)();
    std::string result;
};

void* worker(void* job) {
    Job* j = static_cast<Job*>(job);
    j->result = j->run_all();
    return nullptr;
}

}  // namespace

int run_driver(std::string (*run_all)()) {
    Job job{run_all, {}};
    pthread_attr_t attr;
    pthread_t thread;
    bool threaded = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, 256u << 20) == 0 &&
                    pthread_create(&thread, &attr, worker, &job) == 0;
    if (threaded) pthread_join(thread, nullptr);
    else job.result = run_all();  // no room for a big stack: run on the main thread
    FILE* out = std::fopen("result.json", "wb");
    if (out == nullptr) fail(kDriverError, "effx: driver error: cannot write result.json");
    std::fwrite(job.result.data(), 1, job.result.size(), out);
    std::fclose(out);
    std::fflush(stdout);
    return 0;
}

}  // namespace effx_driver
