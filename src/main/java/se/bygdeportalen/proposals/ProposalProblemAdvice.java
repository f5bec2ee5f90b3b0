package se.bygdeportalen.proposals;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.web.LangResolution;

/**
 * Shows a {@link ProposalProblem} as a page with its status and a message in the visitor's language:
 * forwards to the problem page of the public or staff area, which renders it with the usual layout.
 */
@ControllerAdvice(assignableTypes = {ProposalSubmitPages.class, ProposalPages.class, ProposalAdminPages.class})
class ProposalProblemAdvice {

    static final String ATTRIBUTE = "bygdeportalen.proposals.problem";

    @ExceptionHandler(ProposalProblem.class)
    String problem(ProposalProblem problem, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        request.setAttribute(ATTRIBUTE, problem);
        response.setStatus(problem.status().value());
        String path = LangResolution.originalPath(request);
        if (LangResolution.isStaffArea(path)) {
            return "forward:/admin/medborgarforslag/problem";
        }
        Lang lang = LangResolution.resolve(request);
        return "forward:/" + lang.code() + "/medborgarforslag/problem";
    }
}
