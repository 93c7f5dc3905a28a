import { openerConcepts } from './only-opener';

// Which of safety.yaml's concepts the learned net leaves out of its inputs. Kept apart from net-features.ts
// because the list grows with every round of rules, while the feature code does not.
// Concepts triage uses for structure: they shape the other concepts' readings and are no features alone.
// Concepts added for the rules in issue 11's known-misses round (content/safety.yaml: a glass test and its
// result, an age after a sign, the writer's own baby told now, urates named, red marks, a pad's interval,
// confusion with chills) are no features either: the net's inputs stay those it was tuned on by
// cross-validation, and the rules read them.
export const structuralConcepts: ReadonlySet<string> = new Set(['conjunction', 'negation', 'not_a_negation', 'glass_test', 'not_fading', 'age_old', 'own_baby_now', 'own_baby', 'own_now', 'own_did', 'own_denied', 'urates_named', 'red_marks', 'urates_not_red', 'pad_change', 'pad_verb', 'confused_self', 'chills_cold', 'short_feed', 'harm_place', 'anger_fear',
  // Issue 11's near-miss round (s8-rf-nm): what makes a sign a normal variation (the rules' normal_when) and
  // the narrowings' helpers, read by the rules only, so that the net keeps the inputs it was tuned on.
  'not_fast', 'fast_word', 'colour_good', 'few_seconds', 'breathing_danger', 'breathing_long_pause', 'stops_when_held', 'stopped_when_held', 'fit_features',
  'cold_surroundings', 'skin_warmed', 'colour_back', 'skin_danger', 'condition_question', 'condition_suspected', 'writers_birth', 'own_crisis_now', 'psychosis_suspected',
  'milk_colour_question', 'milk_clear_now', 'milk_days_told', 'milk_cause', 'jaundice_asked', 'yellow_now', 'slept_till', 'nipple_colour_change', 'blue_colour', 'blue_lips_told', 'mood_question', 'mood_over', 'mood_now', 'fit_question', 'fit_now', 'seizure_recent',
  // Issue 11, s9-rf-nm: a story told as over (isToldOver), read by the rules only.
  'well_now', 'now_neutral', 'asked_ahead', 'milk_soaking', 'both_sides', 'one_side_told',
  // Issue 11, s15-nm: the mother's own wee told as hers, and the baby's told as the same, read by the rules only.
  'own_urine', 'own_dark_urine_too',
  // Issue 11, s16-nm: care a professional is giving a sign now (isInProfessionalCare), read by the rules only.
  'baby_care', 'treatment_given', 'care_not_given', 'care_failing', 'care_words',
  // Issue 11, s16-nm: the weight told as back now (rule baby.weight_loss, normal_when), read by the rules only.
  'weight_regained',
  // Issue 11, s18-nm: a mood told as the lesser part of her days (isToldMostlyWell), read by the rules only.
  'mostly_well', 'mostly_well_word',
  // Issue 11, s25-mind: "blue" in an idiom, an exclusion of low_mood.
  'blue_idiom',
  // Issue 11, s27-idioms: someone else leaving (an exclusion of not_existing), losing one's marbles (of mottled).
  'leaving_person', 'someone_else_leaving', 'marbles_idiom',
  // Issue 11, s29: a heavy period or bleed and a thing going down (exclusions of the rules' mood_told and
  // mood_far_told), a soft spot dipping only when upright with plenty of wet nappies (rule baby.dehydration,
  // normal_when), read by the rules only.
  'heavy_not_mood', 'down_moving', 'mood_told', 'mood_far_told', 'soft_spot_upright', 'wet_plenty', 'wet_per_day', 'wet_over_days',
  // Issue 11, s30: the baby's yellow less the yellow of a thing (the urgent rules of baby.jaundice read yellow_told),
  // read by the rules only.
  'yellow_told', 'yellow_not_skin', 'poo_size', 'poo_texture',
  // Issue 11, s30: a going back somewhere, no "still" of a sign (isLongPast reads still_now_told), read by the rules only.
  'back_moving', 'still_now_told',
  // Issue 11, s30: near-miss kinds of train-26 and train-27 told at the emergency level (the rules' normal_when and
  // the lists of what each never explains), read by the rules only.
  'sleep_deep', 'awake_alert', 'awake_span', 'cry_spell', 'cry_calms', 'cry_breath_danger', 'whole_body_startle', 'moro_unexplained',
  'wake_purpose', 'wake_told', 'talk_fine', 'pad_lasts', 'pooling_named', 'bleed_on_standing', 'bleed_unexplained_lasting', 'heart_test', 'test_normal', 'heart_checked',
  'panic_told', 'checked_unexplained', 'migraine_usual', 'bp_word', 'bp_normal', 'migraine_unexplained', 'baby_sleep_told',
  // Issue 11, s28-crisis: a belonging handed on (of goodbye), a machine's noise heard as words (of strange_perception),
  // the startle reflex told as it looks (rule baby.breathing_seizure, normal_when), the mother's own poo and the baby's (rule baby.blood),
  // her own bleeding after the birth (an exclusion of blood_words).
  'treasured_thing', 'noise_source', 'moro_told', 'own_poo_told', 'baby_stool_told', 'lochia_told',
  // Issue 11, s27-blue: blue naming a thing's colour (an exclusion of low_mood), lips coloured by food (of blue_lips).
  'blue_object', 'blue_thing', 'blue_fabric', 'lips_food_stained',
  // Issue 11, s27-angel: a good baby called an angel (an exclusion of psychosis_strong).
  'angel_idiom',
  // Issue 11, s25-mind: care under way in looser words, covering a sign only when told going well (isInProfessionalCare).
  'care_ongoing', 'care_going_well',
  // Issue 11, s19: an illness whose words hold a body part (row_needs' explained_by), read by the safety check only.
  'chest_illness',
  // Issue 11, s20-ue-mend: the guards on s20-ue's widenings (a sign told of the writer or another adult, cold from
  // the weather, sepsis asked about, a reading then a day of life) and their word lists, read by the rules only.
  'refusal_not_baby', 'adult_other', 'adult_male', 'side_told', 'quiet_not_listless', 'lying_there', 'content_told', 'lying_where', 'quiet_degree',
  'own_few_wee', 'baby_few_wee', 'scarce_wee', 'own_operation', 'cold_from_outside', 'cold_place_told', 'cold_cause', 'sepsis_asked', 'sepsis_signs_had', 'sepsis_word',
  'temp_then_day_of_life', 'temp_then_age_word',
  // Issue 11, s21-asked: the writer's own report beside a general question (isToldAsOwn), read by the rules only.
  'own_possessed', 'own_possessor', 'own_part', 'own_check_act', 'own_told', 'own_teller', 'own_report_verb', 'own_time', 'own_risk_told', 'own_well_told',
  // Issue 11, s21-glass: a glass test told with doubt, in part or with a contrast, and its word lists, read by the rules only.
  'glass_drink', 'glass_on_skin', 'glass_loose', 'glass_test_named', 'bare_doubt', 'test_doubted', 'fade_contrast_rash', 'own_rash', 'result_asked', 'glass_loose_part_told', 'glass_loose_doubt_told', 'press_on_rash', 'loose_part_tail', 'loose_doubt_tail', 'rash_doubt', 'glass_loose_rash_told', 'glass_loose_rash_doubt_told', 'fade_word', 'blanch_word', 'fade_doubt', 'fade_in_part', 'fade_contrast', 'blanch_back', 'glass_part_told', 'glass_doubt_told', 'rash_part_told', 'fade_claim', 'claim_doubt', 'doubt_assessed', 'fade_elsewhere', 'bite_marks', 'fade_by_weather',
  // s21-ue: whose a sign is (a grown daughter, the mother's own wee with its colour) and lying
  // still beside a changed cry, read by the rules only.
  'grown_child', 'own_urine_named', 'lies_still',
  // Issue 11, s25-baby: a glass test's fading result in the forms blanching leaves out and what it never explains,
  // and the helpers of word senses (a rash that often flares, marks from birth), read by the rules only.
  'fade_result_told', 'glass_fade_danger', 'flare_often', 'mark_from_birth',
  // review of s21-ue: the near misses beside them.
  'wakes_poorly_told', 'own_stopped_wee', 'less_wet', 'less_wet_reason', 'less_wet_ordinary', 'lies_still_content', 'still_told', 'still_content', 'moan_ordinary', 'second_side_short',
  // Issue 11, s22-nm: a passing state with its ordinary trigger and its return to normal, and what it never
  // explains (the rules' normal_when), read by the rules only.
  'passing_cold', 'passing_startle', 'passing_exertion', 'passing_standing', 'passing_feed', 'colour_return', 'settle_return', 'breath_return', 'feed_return',
  'sign_named_asked', 'passing_long', 'seizure_unexplained', 'exertion_unexplained', 'faint_unexplained', 'floppy_unexplained',
  // review of s22-nm: what each told sign or story never explains.
  'held_sign_subject', 'held_unexplained', 'few_nappies_told', 'cold_passing_danger',
  // Issue 11, s22-ue: train-20's kinds told in other words (blood in the sick by its colour, a lasting span, a feed
  // ending in sleep, a sign back again, a carer writing), read by the rules only.
  'pink_bits', 'pink_bit_single', 'birth_blood_swallowed', 'lasting_span', 'sleep_over_feeds', 'again_now', 'again_asked', 'writer_carer', 'blue_after_red', 'coughing_word', 'days_between', 'daily_or_skipped', 'partner_worried_for_her', 'partner_man',
  // The review of s22-ue: the ordinary readings beside them.
  'again_sign_word', 'pink_cause', 'pink_checked', 'asked_for_other', 'growing_well', 'mood_for_weeks', 'mood_daily', 'mood_other_cause', 'poo_interval_asked', 'older_child_told', 'formula_told', 'signs_asked', 'writer_own_illness',
  // Issue 11, s22-crisis: crisis wordings the rules missed (her safety gone with a crisis completion, a commanding
  // voice, the baby doubted as real or hers, the better-off kind in a conditional, a blank stare, a crash pictured
  // with the baby in it), read by the rules only.
  'unsafe_self', 'unsafe_now', 'unsafe_near', 'unsafe_ordinary', 'unsafe_where', 'unsafe_cause', 'command_source', 'command_verb', 'drop_place', 'command_harm', 'command_feeding', 'command_thought', 'doubt_teller', 'doubt_ask', 'baby_ref', 'owner', 'owner_her', 'doubt_told', 'doubt_ordinary', 'doubt_food', 'baby_reality_doubt', 'doubt_joke', 'insist_word', 'swap_belief', 'gone_if_head', 'gone_if_ordinary', 'gone_if_object', 'gone_if', 'others_better', 'deserve_other_mum', 'happier_with_other', 'crash_seen', 'baby_in_car', 'crash_image', 'crash_wanted', 'crash_driving', 'stare_blank', 'stare_at_thing', 'stared_at', 'frozen_told', 'stare_baby',
  // Issue 11, s23-blood: the jaundice and blood rows' near misses (a baby taken off the lights for feeds, a skin tone,
  // the colour of poo, wee or sick, blood a professional explained, curds in a poo, meconium), read by the rules only.
  'off_for_care', 'skin_tone', 'output_colour', 'normal_shade', 'stool_curds', 'stool_chalk', 'blood_checked_told', 'blood_again_told', 'meconium_told', 'red_blood_told',
  // Issue 11, s24-mind: the guards of the mind rows' everyday senses (more of a good thing beside care, biting someone's head off).
  'more_of_good', 'head_off_idiom',
  // The review of s23-blood: the signs those near misses' readings must leave standing.
  'skin_same_colour', 'milk_creamy', 'pale_green', 'milk_keeps_coming',
  // Issue 11, s23-mind: a crisis concept's words in an everyday sense (a raised voice, a voice box, the evil eye), read by the rules only.
  'crisis_word_other_sense',
  // Issue 11, s23-mind: psychosis named as care under way, recovered, a risk or a relative's, and what tells it now (rule mother.self_harm, normal_when), read by the rules only.
  'psychosis_not_now', 'psychosis_now_told', 'psychosis_back', 'depression_name_asked',
  // The review of s23-mind: the ask that lets psychosis_not_now go, time words in an ordinary sense, what is back that is no psychosis, a screen told high, a treatment told not working.
  'psychosis_care_ask', 'now_ordinary', 'back_not_psychosis', 'back_told', 'back_ordinary_subject', 'screen_high', 'treatment_not_working', 'psychosis_change_now', 'psychosis_meds',
  // s22: jerks that go on when the baby is held, beside the ordinary kind (benign_jerks), read by one rule only.
  'jerks_persist_held',
  // The review of s24-milk: feeds counted for part of the day (rule baby.feeding_poorly, normal_when) and a risk for
  // late milk told of another birth (triage's history reading), read by the rules only.
  'feeds_part_of_day', 'risk_other_birth', 'risk_this_birth', 'milk_came_in_told', 'pump_act',
  // Issue 11, s23-body: what makes a sign of the body's rows told as normal (after-pains and a gush with feeds, poo
  // changing from black, both breasts full as milk comes in) and what each never explains, read by the rules only.
  'feeling_gush', 'bleed_with_feed', 'bleed_unexplained', 'bleed_late',
  // Issue 11, s24-body: the body's rows' ordinary readings (an act resumed, a feeling for the baby, a fever supposed, an
  // abscess seen to, antibiotics just started, anaemia treated) and what they never explain, read by the rules only.
  'resumed_pumping', 'improving_daily', 'purple_marks', 'navel_tissue', 'felt_nothing_for_baby', 'fever_if', 'abscess_seen_to', 'abscess_unexplained', 'antibiotics_started_recently', 'mastitis_worse', 'anaemia_known', 'anaemia_treated',
  // Review of s24-body: antibiotics the mother's own, for the breast; anaemia treatment not taken; who passed out.
  'abx_word', 'abx_recent', 'abx_for_breast', 'abx_not_own', 'abx_other_person', 'anaemia_untreated', 'fever_if_unsure', 'fever_if_answered', 'fever_if_clause', 'fever_answer', 'baby_passed_subject', 'lasting_twice', 'milk_days_beyond_twice', 'weekday_name',
  // Issue 11, s25-body: the body's rows' near misses (a faint shade, purple limbs), read by the rules only.
  'faint_shade', 'shade_article', 'shade_noun', 'shade_colour', 'purple_limbs', 'breast_not_chest', 'chest_word', 'chest_purple', 'breast_inflamed_hot',
  'changed_from_black', 'meconium_unexplained', 'breasts_both', 'temp_told_normal', 'mastitis_local', 'breast_heavier', 'breast_ache', 'passing_cry',
  // Issue 11, s23-baby: the breathing, waking and skin rows' near misses (recession denied, a confinement custom's name,
  // a skin flare, glass as a likeness, going off to sleep).
  'recession_denied', 'suck_in_time', 'confinement_name', 'skin_flare_subject', 'skin_then_nose_flare', 'glass_simile', 'sleep_onset', 'limbs_at_sleep_onset',
  // Issue 11, s21-opener: the words of a message that is only an opener (only-opener.ts), read by the safety check's gate only.
  ...openerConcepts,
  // s23-green: green sick told of the baby (rule baby.green_vomit) and its guards, read by the rules only, so
  // that the net keeps the inputs it was tuned on.
  'green_vomit', 'green_stool_then_sick', 'green_food', 'green_sick_word', 'green_link', 'green_thing_near', 'green_object',
  // s23-pause: a breathing pause told with its length (rule baby.breathing_seizure), read by the rules only.
  'long_pause_seconds', 'breath_gap', 'breath_place',
  // The second review of s23-mind: hair dye is no misspelt death wish.
  'dye_not_die', 'dye_object',
  // Issue 11, s24-crisis: crisis kinds still missed on the training files (rule mother.self_harm), read by the rules only.
  'shaken_thing', 'shake_force', 'rough_teller', 'rough_imagined', 'rough_act', 'rough_handling', 'letters_to_family', 'letter_done', 'letter_school', 'letters_goodbye', 'letters_ordinary', 'after_me', 'pill_word', 'search_verb', 'pill_count_search', 'gun_given', 'gun_wish', 'weary_of_life', 'fight_weary', 'fight_ordinary', 'nothing_good_left', 'die_wish', 'die_idiom', 'baby_ill_wish', 'others_ended', 'others_ended_feeding', 'ended_who', 'ended_feeding_after', 'understood_now', 'height_place', 'go_out_of_it', 'epds_named', 'q10_told', 'bipolar_named', 'bipolar_was_stable', 'not_mine_felt', 'reality_lost', 'scary_thoughts_told', 'self_thoughts_scare', 'trust_lost_all', 'lying_all', 'night_wandering', 'statue_still', 'no_answer_told', 'baby_unheeded',
  // Issue 11, s24-crisis: the body's, the breast's and the baby's signs still missed (stroke signs, a headache in other words
  // with swelling, light or lying flat, blood leaking from the nipple on its own, pink milk lasting, see-saw breathing), read by the rules only.
  'face_one_side', 'speech_wrong', 'headache_told', 'light_too_bright', 'swelling_told', 'needle_named', 'anaesthetist_care', 'headache_postural', 'nipple_leak_blood', 'leak_on_its_own', 'breast_change_told', 'pink_still', 'since_day', 'weaned_dated', 'seesaw_breathing',
  // The review of s24-crisis: the kinds' ordinary twins and the epidural headache's care failed.
  'shaker', 'baby_held', 'rough_ordinary', 'rough_technique', 'baby_object_noun', 'gun_object', 'weary_ordinary', 'swelling_ordinary', 'swelling_part', 'swelling_word', 'seesaw_asked', 'blood_told_red', 'blood_lasting_told', 'care_failed', 'needle_danger', 'man_staring', 'anger_flash', 'no_sleep_days', 'night_wandering_baby', 'talking_to_self', 'adult_named',
  // Issue 11, s25-rmother: kinds of the mother's rows still missed on the training files (the crisis, intrusive,
  // mastitis and blood-in-milk rules), read by the rules only.
  'world_leave_wish', 'world_of_things', 'overdose_ask', 'hopeless_told', 'thoughts_dark_scare', 'baby_kept_not_wanted', 'leave_ultimatum', 'accident_image', 'avoidance_told', 'baby_death_thought', 'thought_relentless', 'bad_fear_told', 'fear_inescapable', 'fear_told_ordinary',
  'rigors_hard', 'breast_pus', 'fog_or_collapse', 'redness_creeps', 'breast_bleb', 'milk_chocolate_look', 'blood_days_told', 'nipple_bleeds_feeds', 'milk_unchanged_told', 'scant_told',
  // The review of s25-rmother: the crisis kinds' ordinary twins and a friend's question.
  'world_later_told', 'illness_not_better', 'dark_fiction', 'baby_kept_ordinary', 'asked_for_friend',
  // Issue 11, s30-recall: the crisis row's kinds still missed on train-26/27 (rule mother.self_harm), read by the rules only.
  'dose_count_many', 'dose_at_once', 'stock_all_taken', 'medicine_stock', 'stock_counted', 'without_me_thought', 'raised_by_other', 'unfit_mother', 'noise_words_heard', 'untrue_told', 'muddled_day', 'confusion_flip', 'baby_presence_lost', 'medicine_named',
  // Issue 11, s30-recall: the mother's body still missed on train-26/27 (rule mother.emergency_signs), read by the rules only.
  'came_round_told', 'blackout_sight', 'blackout_body', 'breathless_exertion', 'breath_sudden', 'cough_blood',
  // Issue 11, s30-recall: the baby's signs still missed or under-escalated on train-26/27 (rules baby.jaundice_severe,
  // baby.breathing_seizure, baby.skin, baby.blood, baby.weight_loss), read by the rules only.
  'sleeps_through_feeds', 'body_trembles', 'tremor_when_calm', 'tremor_long', 'jam_simile', 'food_colour_told', 'clear_look', 'weight_under_told', 'feeds_refused_told', 'cold_limbs_told',
  // Issue 11, s30-recall2: vitamin K missed beside bleeding, blood in poo beside screaming with the legs drawn up, the
  // yellow told by its reach or a baby not waking for feeds, read by the rules only.
  'vitamin_k_missed', 'vkdb_bleeding', 'legs_drawn_up', 'scream_told', 'stool_hard_told', 'yellow_spread_told', 'no_wake_feed',
  // Issue 11, s30-skin-blood: a little blood from a nappy rash, a gum or a cord spot that stopped (rule baby.blood,
  // normal_when), read by the rules only.
  'skin_blood_source', 'nappy_rash_named', 'gum_blood_source', 'blood_in_poo_told', 'vomit_blood_told', 'cord_spot_small', 'bleeding_stopped', 'cord_spot_danger',
]);

