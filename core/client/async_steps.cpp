#include "client/async_steps.h"

namespace lyceum {

bool Step::mine() const {
    return m_state && !m_state->ended && m_state->current == m_index;
}

void Step::next() const {
    if (!mine())
        return;
    AsyncSteps::start(m_state, m_index + 1);
}

void Step::fail(const ApiError &error) const {
    if (mine())
        AsyncSteps::stop(m_state, error);
}

void Step::finish() const {
    if (mine())
        AsyncSteps::stop(m_state, {});
}

void AsyncSteps::run(QObject *context, std::vector<StepFn> steps, EndFn end) {
    auto state = std::make_shared<detail::StepsState>();
    state->context = context;
    state->steps = std::move(steps);
    state->end = std::move(end);
    start(state, 0);
}

void AsyncSteps::start(const std::shared_ptr<detail::StepsState> &state, std::size_t index) {
    state->current = index;
    if (!state->context) {
        state->ended = true; // nobody left to tell
        state->steps.clear();
        return;
    }
    if (index >= state->steps.size()) {
        stop(state, {});
        return;
    }
    const StepFn step = state->steps[index]; // a copy: the step may end the chain
    step(Step(state, index));
}

void AsyncSteps::stop(const std::shared_ptr<detail::StepsState> &state, const ApiError &error) {
    state->ended = true;
    const EndFn end = std::move(state->end);
    state->steps.clear(); // drops what the steps captured
    if (state->context && end)
        end(error);
}

} // namespace lyceum
