package ma.ogp.pan.config;

import ma.ogp.pan.commitment.CommitmentPresenter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} without what only copies the application's own tables: no row per variable write
 * ({@code ACT_HI_DETAIL}), each form's inputs would otherwise be recorded again there, a third of the statements of a
 * step; and no history of the read-only texts shown on tasks (task-local variables, the fiche of a review round),
 * copies of the fiche, observations and rankings the application keeps with their authors and versions. Everything
 * else of {@code full} stays: the decisions' and ids' last values ({@code ACT_HI_VARINST}), tasks and their
 * candidates, the operation log Tasklist and Cockpit show, incidents and the job log.
 */
@Component
class HistoryWithoutVariableDetails extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new DbHistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (!(event instanceof HistoricVariableUpdateEventEntity variable && shownOnly(variable))) {
                    super.handleEvent(event);
                }
            }

            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return false;
            }
        });
    }

    private static boolean shownOnly(HistoricVariableUpdateEventEntity variable) {
        return variable.getTaskId() != null || CommitmentPresenter.FICHE_VARIABLES.contains(variable.getVariableName());
    }
}
