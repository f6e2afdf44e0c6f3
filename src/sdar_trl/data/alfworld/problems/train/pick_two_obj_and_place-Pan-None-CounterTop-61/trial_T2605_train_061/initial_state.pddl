(define (problem plan_trial_T2605_train_061)
(:domain alfred)
(:objects
agent1 - agent
CabinetType - rtype
CoffeeMachineType - rtype
CounterTopType - rtype
DiningTableType - rtype
DrawerType - rtype
FridgeType - rtype
GarbageCanType - rtype
MicrowaveType - rtype
ShelfType - rtype
SinkBasinType - rtype
StoveBurnerType - rtype
AppleType - otype
CupType - otype
KnifeType - otype
PanType - otype
PlateType - otype
PotType - otype
PotatoType - otype
Pan_bar__plus_00_dot_89_bar__minus_01_dot_82_bar__plus_00_dot_90 - object
Pan_bar__plus_01_dot_63_bar__minus_02_dot_21_bar__minus_00_dot_27 - object
Cup_bar__plus_02_dot_72_bar__minus_00_dot_56_bar__plus_00_dot_08 - object
Knife_bar__minus_02_dot_41_bar__minus_01_dot_19_bar__minus_00_dot_00 - object
Pot_bar__plus_02_dot_05_bar__plus_01_dot_64_bar__minus_02_dot_61 - object
Plate_bar__plus_02_dot_25_bar__plus_00_dot_57_bar__minus_00_dot_15 - object
Potato_bar__plus_01_dot_91_bar__plus_02_dot_92_bar__minus_02_dot_80 - object
Apple_bar__minus_01_dot_55_bar__plus_01_dot_61_bar__plus_02_dot_30 - object
CoffeeMachine_bar__minus_00_dot_28_bar__plus_02_dot_89_bar__minus_01_dot_81 - receptacle
Shelf_bar__minus_01_dot_75_bar__minus_00_dot_79_bar__plus_02_dot_47 - receptacle
Fridge_bar__plus_00_dot_95_bar__plus_02_dot_45_bar__plus_01_dot_75 - receptacle
Sink_bar__minus_02_dot_12_bar__plus_00_dot_77_bar__plus_01_dot_95_bar_SinkBasin - receptacle
CounterTop_bar__plus_00_dot_97_bar__plus_02_dot_40_bar__plus_00_dot_61 - receptacle
Cabinet_bar__minus_00_dot_99_bar__minus_02_dot_50_bar__plus_01_dot_32 - receptacle
Cabinet_bar__plus_00_dot_65_bar__plus_02_dot_38_bar__minus_00_dot_34 - receptacle
GarbageCan_bar__minus_01_dot_77_bar__plus_02_dot_63_bar__plus_02_dot_33 - receptacle
StoveBurner_bar__minus_00_dot_25_bar__plus_00_dot_53_bar__minus_00_dot_28 - receptacle
Drawer_bar__minus_01_dot_47_bar__minus_00_dot_77_bar__minus_02_dot_75 - receptacle
Microwave_bar__plus_00_dot_54_bar__plus_00_dot_60_bar__minus_02_dot_72 - receptacle
DiningTable_bar__minus_01_dot_95_bar__plus_00_dot_24_bar__minus_02_dot_17 - receptacle
Drawer_bar__minus_00_dot_73_bar__minus_02_dot_33_bar__minus_02_dot_86 - receptacle
Cabinet_bar__minus_01_dot_84_bar__minus_02_dot_26_bar__minus_02_dot_85 - receptacle
CounterTop_bar__plus_02_dot_00_bar__plus_01_dot_17_bar__plus_01_dot_36 - receptacle
loc_bar_0_bar__minus_2_bar_0_bar__minus_30 - location
loc_bar_11_bar_12_bar_0_bar_0 - location
loc_bar_1_bar_6_bar_2_bar_60 - location
loc_bar_1_bar__minus_1_bar_2_bar_30 - location
loc_bar_2_bar_2_bar_2_bar_0 - location
loc_bar_2_bar_7_bar_2_bar_0 - location
loc_bar_4_bar__minus_2_bar_0_bar__minus_30 - location
loc_bar_4_bar__minus_3_bar_0_bar_0 - location
loc_bar_5_bar_1_bar_1_bar__minus_30 - location
loc_bar_6_bar_4_bar_1_bar__minus_30 - location
loc_bar_7_bar__minus_8_bar_2_bar__minus_30 - location
loc_bar_9_bar_1_bar_0_bar_45 - location
loc_bar__minus_5_bar_0_bar_3_bar_60 - location
loc_bar__minus_5_bar_9_bar_0_bar_60 - location
loc_bar__minus_6_bar_2_bar_3_bar_45 - location
loc_bar__minus_9_bar__minus_9_bar_2_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_12_bar_0_bar_0)
(receptacleType CoffeeMachine_bar__minus_00_dot_28_bar__plus_02_dot_89_bar__minus_01_dot_81 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__minus_00_dot_28_bar__plus_02_dot_89_bar__minus_01_dot_81 loc_bar_1_bar_6_bar_2_bar_60)
(receptacleType Shelf_bar__minus_01_dot_75_bar__minus_00_dot_79_bar__plus_02_dot_47 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_75_bar__minus_00_dot_79_bar__plus_02_dot_47 loc_bar_2_bar_2_bar_2_bar_0)
(receptacleType Fridge_bar__plus_00_dot_95_bar__plus_02_dot_45_bar__plus_01_dot_75 FridgeType)
(receptacleAtLocation Fridge_bar__plus_00_dot_95_bar__plus_02_dot_45_bar__plus_01_dot_75 loc_bar_4_bar__minus_3_bar_0_bar_0)
(openable Fridge_bar__plus_00_dot_95_bar__plus_02_dot_45_bar__plus_01_dot_75)
(receptacleType Sink_bar__minus_02_dot_12_bar__plus_00_dot_77_bar__plus_01_dot_95_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__minus_02_dot_12_bar__plus_00_dot_77_bar__plus_01_dot_95_bar_SinkBasin loc_bar_6_bar_4_bar_1_bar__minus_30)
(receptacleType CounterTop_bar__plus_00_dot_97_bar__plus_02_dot_40_bar__plus_00_dot_61 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_00_dot_97_bar__plus_02_dot_40_bar__plus_00_dot_61 loc_bar_9_bar_1_bar_0_bar_45)
(receptacleType Cabinet_bar__minus_00_dot_99_bar__minus_02_dot_50_bar__plus_01_dot_32 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_00_dot_99_bar__minus_02_dot_50_bar__plus_01_dot_32 loc_bar_7_bar__minus_8_bar_2_bar__minus_30)
(openable Cabinet_bar__minus_00_dot_99_bar__minus_02_dot_50_bar__plus_01_dot_32)
(receptacleType Cabinet_bar__plus_00_dot_65_bar__plus_02_dot_38_bar__minus_00_dot_34 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_00_dot_65_bar__plus_02_dot_38_bar__minus_00_dot_34 loc_bar__minus_5_bar_9_bar_0_bar_60)
(openable Cabinet_bar__plus_00_dot_65_bar__plus_02_dot_38_bar__minus_00_dot_34)
(receptacleType GarbageCan_bar__minus_01_dot_77_bar__plus_02_dot_63_bar__plus_02_dot_33 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_01_dot_77_bar__plus_02_dot_63_bar__plus_02_dot_33 loc_bar_1_bar__minus_1_bar_2_bar_30)
(receptacleType StoveBurner_bar__minus_00_dot_25_bar__plus_00_dot_53_bar__minus_00_dot_28 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__minus_00_dot_25_bar__plus_00_dot_53_bar__minus_00_dot_28 loc_bar__minus_5_bar_0_bar_3_bar_60)
(receptacleType Drawer_bar__minus_01_dot_47_bar__minus_00_dot_77_bar__minus_02_dot_75 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_47_bar__minus_00_dot_77_bar__minus_02_dot_75 loc_bar__minus_9_bar__minus_9_bar_2_bar_30)
(openable Drawer_bar__minus_01_dot_47_bar__minus_00_dot_77_bar__minus_02_dot_75)
(receptacleType Microwave_bar__plus_00_dot_54_bar__plus_00_dot_60_bar__minus_02_dot_72 MicrowaveType)
(receptacleAtLocation Microwave_bar__plus_00_dot_54_bar__plus_00_dot_60_bar__minus_02_dot_72 loc_bar_5_bar_1_bar_1_bar__minus_30)
(openable Microwave_bar__plus_00_dot_54_bar__plus_00_dot_60_bar__minus_02_dot_72)
(receptacleType DiningTable_bar__minus_01_dot_95_bar__plus_00_dot_24_bar__minus_02_dot_17 DiningTableType)
(receptacleAtLocation DiningTable_bar__minus_01_dot_95_bar__plus_00_dot_24_bar__minus_02_dot_17 loc_bar_4_bar__minus_2_bar_0_bar__minus_30)
(receptacleType Drawer_bar__minus_00_dot_73_bar__minus_02_dot_33_bar__minus_02_dot_86 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_73_bar__minus_02_dot_33_bar__minus_02_dot_86 loc_bar_2_bar_7_bar_2_bar_0)
(openable Drawer_bar__minus_00_dot_73_bar__minus_02_dot_33_bar__minus_02_dot_86)
(receptacleType Cabinet_bar__minus_01_dot_84_bar__minus_02_dot_26_bar__minus_02_dot_85 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_01_dot_84_bar__minus_02_dot_26_bar__minus_02_dot_85 loc_bar_0_bar__minus_2_bar_0_bar__minus_30)
(openable Cabinet_bar__minus_01_dot_84_bar__minus_02_dot_26_bar__minus_02_dot_85)
(receptacleType CounterTop_bar__plus_02_dot_00_bar__plus_01_dot_17_bar__plus_01_dot_36 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_02_dot_00_bar__plus_01_dot_17_bar__plus_01_dot_36 loc_bar__minus_6_bar_2_bar_3_bar_45)
(canContain CabinetType CupType)
(canContain CabinetType PanType)
(canContain CabinetType PlateType)
(canContain CabinetType PotType)
(canContain CounterTopType AppleType)
(canContain CounterTopType CupType)
(canContain CounterTopType KnifeType)
(canContain CounterTopType PanType)
(canContain CounterTopType PlateType)
(canContain CounterTopType PotType)
(canContain CounterTopType PotatoType)
(canContain DiningTableType AppleType)
(canContain DiningTableType CupType)
(canContain DiningTableType KnifeType)
(canContain DiningTableType PanType)
(canContain DiningTableType PlateType)
(canContain DiningTableType PotType)
(canContain DiningTableType PotatoType)
(canContain DrawerType KnifeType)
(canContain FridgeType AppleType)
(canContain FridgeType CupType)
(canContain FridgeType PanType)
(canContain FridgeType PlateType)
(canContain FridgeType PotType)
(canContain FridgeType PotatoType)
(canContain GarbageCanType AppleType)
(canContain GarbageCanType PotatoType)
(canContain MicrowaveType AppleType)
(canContain MicrowaveType CupType)
(canContain MicrowaveType PlateType)
(canContain MicrowaveType PotatoType)
(canContain ShelfType CupType)
(canContain ShelfType PlateType)
(canContain ShelfType PotType)
(canContain SinkBasinType AppleType)
(canContain SinkBasinType CupType)
(canContain SinkBasinType KnifeType)
(canContain SinkBasinType PanType)
(canContain SinkBasinType PlateType)
(canContain SinkBasinType PotType)
(canContain SinkBasinType PotatoType)
(canContain StoveBurnerType PanType)
(canContain StoveBurnerType PotType)
(objectType Pan_bar__plus_00_dot_89_bar__minus_01_dot_82_bar__plus_00_dot_90 PanType)
(inReceptacle Pan_bar__plus_00_dot_89_bar__minus_01_dot_82_bar__plus_00_dot_90 StoveBurner_bar__minus_00_dot_25_bar__plus_00_dot_53_bar__minus_00_dot_28)
(objectAtLocation Pan_bar__plus_00_dot_89_bar__minus_01_dot_82_bar__plus_00_dot_90 loc_bar__minus_5_bar_0_bar_3_bar_60)
(pickupable Pan_bar__plus_00_dot_89_bar__minus_01_dot_82_bar__plus_00_dot_90)
(coolable Pan_bar__plus_00_dot_89_bar__minus_01_dot_82_bar__plus_00_dot_90)
(cleanable Pan_bar__plus_00_dot_89_bar__minus_01_dot_82_bar__plus_00_dot_90)
(isReceptacleObject Pan_bar__plus_00_dot_89_bar__minus_01_dot_82_bar__plus_00_dot_90)
(objectType Pan_bar__plus_01_dot_63_bar__minus_02_dot_21_bar__minus_00_dot_27 PanType)
(inReceptacle Pan_bar__plus_01_dot_63_bar__minus_02_dot_21_bar__minus_00_dot_27 StoveBurner_bar__minus_00_dot_25_bar__plus_00_dot_53_bar__minus_00_dot_28)
(objectAtLocation Pan_bar__plus_01_dot_63_bar__minus_02_dot_21_bar__minus_00_dot_27 loc_bar__minus_5_bar_0_bar_3_bar_60)
(pickupable Pan_bar__plus_01_dot_63_bar__minus_02_dot_21_bar__minus_00_dot_27)
(coolable Pan_bar__plus_01_dot_63_bar__minus_02_dot_21_bar__minus_00_dot_27)
(cleanable Pan_bar__plus_01_dot_63_bar__minus_02_dot_21_bar__minus_00_dot_27)
(isReceptacleObject Pan_bar__plus_01_dot_63_bar__minus_02_dot_21_bar__minus_00_dot_27)
(objectType Cup_bar__plus_02_dot_72_bar__minus_00_dot_56_bar__plus_00_dot_08 CupType)
(inReceptacle Cup_bar__plus_02_dot_72_bar__minus_00_dot_56_bar__plus_00_dot_08 Microwave_bar__plus_00_dot_54_bar__plus_00_dot_60_bar__minus_02_dot_72)
(objectAtLocation Cup_bar__plus_02_dot_72_bar__minus_00_dot_56_bar__plus_00_dot_08 loc_bar_5_bar_1_bar_1_bar__minus_30)
(pickupable Cup_bar__plus_02_dot_72_bar__minus_00_dot_56_bar__plus_00_dot_08)
(heatable Cup_bar__plus_02_dot_72_bar__minus_00_dot_56_bar__plus_00_dot_08)
(coolable Cup_bar__plus_02_dot_72_bar__minus_00_dot_56_bar__plus_00_dot_08)
(cleanable Cup_bar__plus_02_dot_72_bar__minus_00_dot_56_bar__plus_00_dot_08)
(isReceptacleObject Cup_bar__plus_02_dot_72_bar__minus_00_dot_56_bar__plus_00_dot_08)
(objectType Knife_bar__minus_02_dot_41_bar__minus_01_dot_19_bar__minus_00_dot_00 KnifeType)
(inReceptacle Knife_bar__minus_02_dot_41_bar__minus_01_dot_19_bar__minus_00_dot_00 Drawer_bar__minus_00_dot_73_bar__minus_02_dot_33_bar__minus_02_dot_86)
(objectAtLocation Knife_bar__minus_02_dot_41_bar__minus_01_dot_19_bar__minus_00_dot_00 loc_bar_2_bar_7_bar_2_bar_0)
(pickupable Knife_bar__minus_02_dot_41_bar__minus_01_dot_19_bar__minus_00_dot_00)
(cleanable Knife_bar__minus_02_dot_41_bar__minus_01_dot_19_bar__minus_00_dot_00)
(objectType Pot_bar__plus_02_dot_05_bar__plus_01_dot_64_bar__minus_02_dot_61 PotType)
(inReceptacle Pot_bar__plus_02_dot_05_bar__plus_01_dot_64_bar__minus_02_dot_61 StoveBurner_bar__minus_00_dot_25_bar__plus_00_dot_53_bar__minus_00_dot_28)
(objectAtLocation Pot_bar__plus_02_dot_05_bar__plus_01_dot_64_bar__minus_02_dot_61 loc_bar__minus_5_bar_0_bar_3_bar_60)
(pickupable Pot_bar__plus_02_dot_05_bar__plus_01_dot_64_bar__minus_02_dot_61)
(coolable Pot_bar__plus_02_dot_05_bar__plus_01_dot_64_bar__minus_02_dot_61)
(cleanable Pot_bar__plus_02_dot_05_bar__plus_01_dot_64_bar__minus_02_dot_61)
(isReceptacleObject Pot_bar__plus_02_dot_05_bar__plus_01_dot_64_bar__minus_02_dot_61)
(objectType Plate_bar__plus_02_dot_25_bar__plus_00_dot_57_bar__minus_00_dot_15 PlateType)
(inReceptacle Plate_bar__plus_02_dot_25_bar__plus_00_dot_57_bar__minus_00_dot_15 Shelf_bar__minus_01_dot_75_bar__minus_00_dot_79_bar__plus_02_dot_47)
(objectAtLocation Plate_bar__plus_02_dot_25_bar__plus_00_dot_57_bar__minus_00_dot_15 loc_bar_2_bar_2_bar_2_bar_0)
(pickupable Plate_bar__plus_02_dot_25_bar__plus_00_dot_57_bar__minus_00_dot_15)
(heatable Plate_bar__plus_02_dot_25_bar__plus_00_dot_57_bar__minus_00_dot_15)
(coolable Plate_bar__plus_02_dot_25_bar__plus_00_dot_57_bar__minus_00_dot_15)
(cleanable Plate_bar__plus_02_dot_25_bar__plus_00_dot_57_bar__minus_00_dot_15)
(isReceptacleObject Plate_bar__plus_02_dot_25_bar__plus_00_dot_57_bar__minus_00_dot_15)
(objectType Potato_bar__plus_01_dot_91_bar__plus_02_dot_92_bar__minus_02_dot_80 PotatoType)
(inReceptacle Potato_bar__plus_01_dot_91_bar__plus_02_dot_92_bar__minus_02_dot_80 Sink_bar__minus_02_dot_12_bar__plus_00_dot_77_bar__plus_01_dot_95_bar_SinkBasin)
(objectAtLocation Potato_bar__plus_01_dot_91_bar__plus_02_dot_92_bar__minus_02_dot_80 loc_bar_6_bar_4_bar_1_bar__minus_30)
(pickupable Potato_bar__plus_01_dot_91_bar__plus_02_dot_92_bar__minus_02_dot_80)
(heatable Potato_bar__plus_01_dot_91_bar__plus_02_dot_92_bar__minus_02_dot_80)
(coolable Potato_bar__plus_01_dot_91_bar__plus_02_dot_92_bar__minus_02_dot_80)
(cleanable Potato_bar__plus_01_dot_91_bar__plus_02_dot_92_bar__minus_02_dot_80)
(sliceable Potato_bar__plus_01_dot_91_bar__plus_02_dot_92_bar__minus_02_dot_80)
(objectType Apple_bar__minus_01_dot_55_bar__plus_01_dot_61_bar__plus_02_dot_30 AppleType)
(inReceptacle Apple_bar__minus_01_dot_55_bar__plus_01_dot_61_bar__plus_02_dot_30 Fridge_bar__plus_00_dot_95_bar__plus_02_dot_45_bar__plus_01_dot_75)
(objectAtLocation Apple_bar__minus_01_dot_55_bar__plus_01_dot_61_bar__plus_02_dot_30 loc_bar_4_bar__minus_3_bar_0_bar_0)
(pickupable Apple_bar__minus_01_dot_55_bar__plus_01_dot_61_bar__plus_02_dot_30)
(heatable Apple_bar__minus_01_dot_55_bar__plus_01_dot_61_bar__plus_02_dot_30)
(coolable Apple_bar__minus_01_dot_55_bar__plus_01_dot_61_bar__plus_02_dot_30)
(cleanable Apple_bar__minus_01_dot_55_bar__plus_01_dot_61_bar__plus_02_dot_30)
(sliceable Apple_bar__minus_01_dot_55_bar__plus_01_dot_61_bar__plus_02_dot_30)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PanType)
                                    (receptacleType ?r CounterTopType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PanType)
                                            (receptacleType ?r CounterTopType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
