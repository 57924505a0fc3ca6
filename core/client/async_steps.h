// One way to chain asynchronous steps in the client core (docs/architecture.md, "Asynchronous
// steps"). A chain is a list of steps run one after the other on the caller's thread; each step
// starts its asynchronous work and, when that work is done, calls exactly one of next(),
// fail(error) or finish() on the Step it was given. The end callback runs once: after the last
// step, at the first fail(), or at finish(). Nothing nests: the state the steps share lives in
// an object the caller owns (usually a std::shared_ptr captured by each step).
//
//   AsyncSteps::run(context,
//       {[=](Step s) { cache->run<X>(q, job, [s](X x) { x ? s.next() : s.fail(e); }); },
//        [=](Step s) { api->getJson(path, [s](const ApiError &e, ...) { ...; s.next(); }); }},
//       [=](const ApiError &error) { ... });
//
// When context is destroyed the chain stops where it is and its end is not called. A Step used
// twice (a callback that fires again) is ignored after its first call.
#pragma once

#include "api/api_error.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

namespace lyceum {

class Step;

namespace detail {
struct StepsState {
    QPointer<QObject> context;
    std::vector<std::function<void(Step)>> steps;
    std::function<void(const ApiError &)> end;
    std::size_t current = 0;
    bool ended = false;
};
} // namespace detail

class Step {
public:
    void next() const;
    void fail(const ApiError &error) const;
    void finish() const; // skip the remaining steps; the end gets no error
    // Whether the chain's context still exists (a step may check before touching it).
    bool alive() const { return m_state && m_state->context; }

private:
    friend class AsyncSteps;
    Step(std::shared_ptr<detail::StepsState> state, std::size_t index)
        : m_state(std::move(state))
        , m_index(index) {}
    bool mine() const;
    std::shared_ptr<detail::StepsState> m_state;
    std::size_t m_index = 0;
};

class AsyncSteps {
public:
    using StepFn = std::function<void(Step)>;
    using EndFn = std::function<void(const ApiError &)>;
    // Starts the first step at once (on the calling thread).
    static void run(QObject *context, std::vector<StepFn> steps, EndFn end);

private:
    friend class Step;
    static void start(const std::shared_ptr<detail::StepsState> &state, std::size_t index);
    static void stop(const std::shared_ptr<detail::StepsState> &state, const ApiError &error);
};

} // namespace lyceum
